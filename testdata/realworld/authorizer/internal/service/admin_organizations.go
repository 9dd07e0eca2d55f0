// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"strings"

	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/storage"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// normalizeScopes is internal/service/admin_clients.go:45 (simplified).
func normalizeScopes(scopes []string) string {
	return strings.Join(scopes, " ")
}

// CreateOrganization is internal/service/admin_organizations.go:36 (slug
// validation and audit logging trimmed).
func (p *provider) CreateOrganization(ctx context.Context, meta RequestMetadata, params *model.CreateOrganizationRequest) (*schemas.Organization, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "CreateOrganization").Logger()
	if err := p.requireSuperAdmin(ctx, meta); err != nil {
		return nil, nil, err
	}

	name := strings.TrimSpace(params.Name)
	if name == "" {
		log.Debug().Msg("name is required")
		return nil, nil, InvalidArgument("name is required")
	}

	// Unique-name pre-check. The storage layer also enforces uniqueness (unique
	// index / check-then-insert); this yields a clear error before the write.
	if existing, _ := p.StorageProvider.GetOrganizationByName(ctx, name); existing != nil { // race
		log.Debug().Msg("organization name already exists")
		return nil, nil, AlreadyExists("an organization with this name already exists")
	}

	org, err := p.StorageProvider.AddOrganization(ctx, &schemas.Organization{
		Name:        name,
		DisplayName: params.DisplayName,
		// Set Enabled explicitly — never rely on the GORM `default:true` column
		// default (a future create-as-disabled path would silently come back on).
		Enabled: true,
	})
	if err != nil {
		log.Debug().Err(err).Msg("failed to add organization")
		return nil, nil, err
	}

	return org, nil, nil
}

// UpdateOrganization is internal/service/admin_organizations.go:90 (slug
// validation and audit logging trimmed).
// UpdateOrganization mutates only the fields present in params (load-then-
// mutate, so the storage Save does not blank untouched columns). A changed
// name is re-checked for uniqueness. Requires super-admin auth.
func (p *provider) UpdateOrganization(ctx context.Context, meta RequestMetadata, params *model.UpdateOrganizationRequest) (*schemas.Organization, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "UpdateOrganization").Logger()
	if err := p.requireSuperAdmin(ctx, meta); err != nil {
		return nil, nil, err
	}

	org, err := p.StorageProvider.GetOrganizationByID(ctx, params.ID)
	if err != nil {
		log.Debug().Err(err).Msg("failed GetOrganizationByID")
		if storage.IsNotFound(err) {
			return nil, nil, NotFound("organization not found")
		}
		return nil, nil, err
	}

	if params.Name != nil {
		name := strings.TrimSpace(*params.Name)
		if name == "" {
			log.Debug().Msg("name cannot be empty")
			return nil, nil, InvalidArgument("name cannot be empty")
		}
		if name != org.Name {
			if existing, _ := p.StorageProvider.GetOrganizationByName(ctx, name); existing != nil { // safe: guard of an update only (Save of the row loaded by id)
				log.Debug().Msg("organization name already exists")
				return nil, nil, AlreadyExists("an organization with this name already exists")
			}
			org.Name = name
		}
	}
	if params.DisplayName != nil {
		org.DisplayName = params.DisplayName
	}
	if params.Enabled != nil {
		org.Enabled = *params.Enabled
	}

	updated, err := p.StorageProvider.UpdateOrganization(ctx, org)
	if err != nil {
		log.Debug().Err(err).Msg("failed UpdateOrganization")
		return nil, nil, err
	}

	return updated, nil, nil
}

// AddOrgMember is internal/service/admin_organizations.go:255 (audit logging trimmed).
func (p *provider) AddOrgMember(ctx context.Context, meta RequestMetadata, params *model.AddOrgMemberRequest) (*schemas.OrgMembership, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "AddOrgMember").Logger()
	if err := p.requireOrgAdmin(ctx, meta, params.OrgID); err != nil {
		return nil, nil, err
	}

	orgID := strings.TrimSpace(params.OrgID)
	userID := strings.TrimSpace(params.UserID)
	if orgID == "" || userID == "" {
		log.Debug().Msg("org_id and user_id are required")
		return nil, nil, InvalidArgument("org_id and user_id are required")
	}

	if _, err := p.StorageProvider.GetOrganizationByID(ctx, orgID); err != nil {
		log.Debug().Err(err).Msg("organization not found")
		return nil, nil, NotFound("organization not found")
	}

	if _, err := p.StorageProvider.GetUserByID(ctx, userID); err != nil {
		log.Debug().Err(err).Msg("user not found")
		return nil, nil, NotFound("user not found")
	}

	// Membership uniqueness pre-check. The storage layer also enforces it.
	if existing, _ := p.StorageProvider.GetOrgMembership(ctx, orgID, userID); existing != nil { // race
		log.Debug().Msg("user is already a member of this organization")
		return nil, nil, AlreadyExists("user is already a member of this organization")
	}

	membership, err := p.StorageProvider.AddOrgMembership(ctx, &schemas.OrgMembership{
		OrgID:  orgID,
		UserID: userID,
		Roles:  normalizeScopes(params.Roles),
	})
	if err != nil {
		log.Debug().Err(err).Msg("failed AddOrgMembership")
		return nil, nil, err
	}

	return membership, nil, nil
}
