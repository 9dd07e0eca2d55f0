// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddTrustedIssuer is internal/storage/db/sql/trusted_issuer.go:15.
// AddTrustedIssuer creates a new trusted issuer record.
func (p *provider) AddTrustedIssuer(ctx context.Context, issuer *schemas.TrustedIssuer) (*schemas.TrustedIssuer, error) {
	if issuer.ID == "" {
		issuer.ID = uuid.New().String()
	}
	issuer.Key = issuer.ID
	now := time.Now().Unix()
	issuer.CreatedAt = now
	issuer.UpdatedAt = now
	res := p.db.WithContext(ctx).Create(issuer)
	if res.Error != nil {
		return nil, res.Error
	}
	return issuer, nil
}

// GetTrustedIssuerByIssuerURL is internal/storage/db/sql/trusted_issuer.go:63.
// GetTrustedIssuerByIssuerURL fetches a trusted issuer by its unique issuer URL.
// Called on every client_assertion validation — kept as a single indexed lookup.
func (p *provider) GetTrustedIssuerByIssuerURL(ctx context.Context, issuerURL string) (*schemas.TrustedIssuer, error) {
	var issuer schemas.TrustedIssuer
	res := p.db.WithContext(ctx).Where("issuer_url = ?", issuerURL).First(&issuer)
	if res.Error != nil {
		return nil, res.Error
	}
	return &issuer, nil
}

// GetTrustedIssuerByOrgIDAndKind is internal/storage/db/sql/trusted_issuer.go:73.
// GetTrustedIssuerByOrgIDAndKind fetches a trusted issuer by (orgID, kind).
func (p *provider) GetTrustedIssuerByOrgIDAndKind(ctx context.Context, orgID, kind string) (*schemas.TrustedIssuer, error) {
	var issuer schemas.TrustedIssuer
	res := p.db.WithContext(ctx).Where("org_id = ? AND kind = ?", orgID, kind).First(&issuer)
	if res.Error != nil {
		return nil, res.Error
	}
	return &issuer, nil
}
