// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"
	"fmt"
	"strings"

	"example.com/realworld/authorizer/internal/graph/model"
	"example.com/realworld/authorizer/internal/refs"
	"example.com/realworld/authorizer/internal/storage/schemas"
)

// trimmedRef is internal/service/admin_saml_idp.go:414.
func trimmedRef(s *string) *string {
	if s == nil {
		return nil
	}
	v := strings.TrimSpace(*s)
	if v == "" {
		return nil
	}
	return &v
}

// CreateSAMLServiceProvider is internal/service/admin_saml_idp.go:54 (ACS
// URL, certificate and attribute-mapping validation and audit logging trimmed).
func (p *provider) CreateSAMLServiceProvider(ctx context.Context, meta RequestMetadata, params *model.CreateSAMLServiceProviderRequest) (*schemas.SAMLServiceProvider, *ResponseSideEffects, error) {
	log := p.Log.With().Str("func", "CreateSAMLServiceProvider").Logger()
	if err := p.requireOrgAdmin(ctx, meta, params.OrgID); err != nil {
		return nil, nil, err
	}
	orgID := strings.TrimSpace(params.OrgID)
	name := strings.TrimSpace(params.Name)
	entityID := strings.TrimSpace(params.EntityID)
	acsURL := strings.TrimSpace(params.AcsURL)
	if orgID == "" || name == "" || entityID == "" || acsURL == "" {
		return nil, nil, InvalidArgument("org_id, name, entity_id and acs_url are required")
	}
	if _, err := p.StorageProvider.GetOrganizationByID(ctx, orgID); err != nil {
		return nil, nil, NotFound(fmt.Sprintf("organization not found: %s", orgID))
	}
	if existing, _ := p.StorageProvider.GetSAMLServiceProviderByOrgAndEntityID(ctx, orgID, entityID); existing != nil { // race
		return nil, nil, AlreadyExists(fmt.Sprintf("a service provider with entity_id %q is already registered for this organization", entityID))
	}

	sp := &schemas.SAMLServiceProvider{
		OrgID:             orgID,
		Name:              name,
		EntityID:          entityID,
		ACSURL:            acsURL,
		SPCertPEM:         trimmedRef(params.SpCertPem),
		NameIDFormat:      strings.TrimSpace(refs.StringValue(params.NameIDFormat)),
		MappedAttributes:  trimmedRef(params.MappedAttributes),
		AllowIDPInitiated: params.AllowIdpInitiated != nil && *params.AllowIdpInitiated,
		IsActive:          true,
	}
	saved, err := p.StorageProvider.AddSAMLServiceProvider(ctx, sp)
	if err != nil {
		log.Debug().Err(err).Msg("failed AddSAMLServiceProvider")
		return nil, nil, err
	}
	return saved, nil, nil
}
