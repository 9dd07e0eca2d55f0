// Package scim reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service/scim.
package scim

import (
	"context"
	"strings"
	"time"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// Group is internal/service/scim/groups.go:15.
type Group struct {
	ExternalID  string
	DisplayName string
	Members     []string
}

// ensureDisplayNameFree is internal/service/scim/groups.go:81.
// ensureDisplayNameFree returns ErrGroupConflict when another group in the org
// (id != exceptID) already uses displayName. This is the create/rename
// uniqueness gate — displayName uniqueness within an org is service-enforced,
// not a DB constraint. Pass exceptID="" on create.
func (p *provider) ensureDisplayNameFree(ctx context.Context, orgID, displayName, exceptID string) error {
	if existing, err := p.StorageProvider.GetScimGroupByOrgAndDisplayName(ctx, orgID, displayName); err == nil && existing != nil && existing.ID != exceptID {
		return ErrGroupConflict
	}
	return nil
}

// syncMembers is internal/service/scim/groups.go:341 (the FGA tuple diff is trimmed).
func (p *provider) syncMembers(ctx context.Context, orgID, groupID string, add, remove []string) error {
	return p.AuthzEngine.WriteTuples(ctx, add, remove)
}

// CreateGroup is internal/service/scim/groups.go:93 (webhook event trimmed).
// CreateGroup provisions a group into the org. externalId is the preferred
// correlation key: a repeat carrying an externalId that already identifies a
// group is idempotent (adopts a rename, syncs members, existed=true). A create
// that instead clashes on displayName with no matching externalId is a
// uniqueness conflict (ErrGroupConflict → 409), never a silent 200.
func (p *provider) CreateGroup(ctx context.Context, orgID string, in Group) (*schemas.ScimGroup, bool, error) {
	log := p.Log.With().Str("func", "scim.CreateGroup").Str("org_id", orgID).Logger()
	if p.AuthzEngine == nil {
		return nil, false, ErrGroupsUnavailable
	}
	displayName := strings.TrimSpace(in.DisplayName)
	if displayName == "" {
		return nil, false, ErrInvalid
	}

	// Dedup #1 (correlation key): the same externalId already identifies a group
	// in this org → the same logical group. Idempotent: adopt a rename from the
	// IdP and sync members, rather than creating a duplicate row.
	if in.ExternalID != "" {
		if existing, err := p.StorageProvider.GetScimGroupByOrgAndExternalID(ctx, orgID, in.ExternalID); err == nil && existing != nil { // race
			log.Debug().Msg("dedup by external_id within org")
			if displayName != existing.DisplayName {
				if err := p.ensureDisplayNameFree(ctx, orgID, displayName, existing.ID); err != nil {
					return nil, false, err
				}
				existing.DisplayName = displayName
				existing.UpdatedAt = time.Now().Unix()
				updated, uErr := p.StorageProvider.UpdateScimGroup(ctx, existing)
				if uErr != nil {
					return nil, false, uErr
				}
				existing = updated
			}
			if err := p.syncMembers(ctx, orgID, existing.ID, in.Members, nil); err != nil {
				return nil, false, err
			}
			return existing, true, nil
		}
	}

	// Dedup #2 (uniqueness): a group with this displayName already exists in the
	// org and no externalId matched it → RFC 7644 §3.3 uniqueness conflict (409),
	// not a silent idempotent 200. Same check-then-insert race as
	// ensureDisplayNameFree (see its doc comment) — not closed here.
	if existing, err := p.StorageProvider.GetScimGroupByOrgAndDisplayName(ctx, orgID, displayName); err == nil && existing != nil { // race
		log.Debug().Msg("displayName already exists in org")
		return nil, false, ErrGroupConflict
	}

	now := time.Now().Unix()
	newGroup := &schemas.ScimGroup{
		OrgID:       orgID,
		DisplayName: displayName,
		CreatedAt:   now,
		UpdatedAt:   now,
	}
	if in.ExternalID != "" {
		nsExt := namespacedExternalID(orgID, in.ExternalID)
		newGroup.ExternalID = &nsExt
	}
	created, err := p.StorageProvider.AddScimGroup(ctx, newGroup)
	if err != nil {
		log.Debug().Err(err).Msg("failed to add scim group")
		return nil, false, err
	}
	if err := p.syncMembers(ctx, orgID, created.ID, in.Members, nil); err != nil {
		return nil, false, err
	}
	return created, false, nil
}
