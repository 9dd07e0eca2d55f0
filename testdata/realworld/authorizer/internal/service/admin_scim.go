// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"strings"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/service/scim"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// CreateScimEndpoint is internal/service/admin_scim.go:20 (failure audit
// logging trimmed; the response carries the endpoint and its token).
func (p *provider) CreateScimEndpoint(ctx context.Context, meta RequestMetadata, params *model.CreateScimEndpointRequest) (*schemas.ScimEndpoint, string, error) {
	log := p.Log.With().Str("func", "CreateScimEndpoint").Logger()
	if err := p.requireOrgAdmin(ctx, meta, params.OrgID); err != nil {
		return nil, "", err
	}
	orgID := strings.TrimSpace(params.OrgID)
	if orgID == "" {
		return nil, "", InvalidArgument("org_id is required")
	}
	if _, err := p.StorageProvider.GetOrganizationByID(ctx, orgID); err != nil {
		log.Debug().Err(err).Msg("organization not found")
		return nil, "", NotFound("organization not found")
	}
	if existing, _ := p.StorageProvider.GetScimEndpointByOrgID(ctx, orgID); existing != nil { // race
		log.Debug().Msg("scim endpoint already exists for org")
		return nil, "", AlreadyExists("a scim endpoint already exists for this organization")
	}

	// The endpoint id is embedded (non-secret) in the token; generate it first
	// so the token references the row it will authenticate.
	id := uuid.New().String()
	token, hash, err := scim.GenerateToken(id)
	if err != nil {
		log.Debug().Err(err).Msg("failed to generate scim token")
		return nil, "", err
	}
	endpoint, err := p.StorageProvider.AddScimEndpoint(ctx, &schemas.ScimEndpoint{
		ID:        id,
		OrgID:     orgID,
		TokenHash: hash,
		// Set Enabled explicitly — never rely on the GORM default:true quirk.
		Enabled: true,
	})
	if err != nil {
		log.Debug().Err(err).Msg("failed to add scim endpoint")
		return nil, "", err
	}

	return endpoint, token, nil
}
