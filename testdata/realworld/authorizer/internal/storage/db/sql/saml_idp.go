// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddSAMLServiceProvider is internal/storage/db/sql/saml_idp.go:17.
// AddSAMLServiceProvider registers a new downstream SP.
func (p *provider) AddSAMLServiceProvider(ctx context.Context, sp *schemas.SAMLServiceProvider) (*schemas.SAMLServiceProvider, error) {
	if sp.ID == "" {
		sp.ID = uuid.New().String()
	}
	sp.Key = sp.ID
	now := time.Now().Unix()
	sp.CreatedAt = now
	sp.UpdatedAt = now
	res := p.db.WithContext(ctx).Create(sp)
	if res.Error != nil {
		return nil, res.Error
	}
	return sp, nil
}

// GetSAMLServiceProviderByOrgAndEntityID is internal/storage/db/sql/saml_idp.go:63.
// GetSAMLServiceProviderByOrgAndEntityID resolves the single registered SP for an
// (orgID, entityID) pair — the AuthnRequest-Issuer → trusted-ACS binding.
func (p *provider) GetSAMLServiceProviderByOrgAndEntityID(ctx context.Context, orgID, entityID string) (*schemas.SAMLServiceProvider, error) {
	var sp schemas.SAMLServiceProvider
	res := p.db.WithContext(ctx).Where("org_id = ? AND entity_id = ?", orgID, entityID).First(&sp)
	if res.Error != nil {
		return nil, res.Error
	}
	return &sp, nil
}
