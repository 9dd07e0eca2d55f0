// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"time"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddOrgDomain is internal/storage/db/sql/org_domain.go:15.
// AddOrgDomain atomically inserts a verified domain row. The domain is the
// primary key, so a duplicate insert fails at the DB (unique PK) — first-writer
// wins with no check-then-insert race. On conflict we classify by owning org:
// same org → idempotent success, different org → ErrOrgDomainConflict.
func (p *provider) AddOrgDomain(ctx context.Context, domain *schemas.OrgDomain) (*schemas.OrgDomain, error) {
	domain.Key = domain.ID
	now := time.Now().Unix()
	domain.CreatedAt = now
	domain.UpdatedAt = now
	if domain.VerifiedAt == 0 {
		domain.VerifiedAt = now
	}
	res := p.db.WithContext(ctx).Create(domain)
	if res.Error != nil {
		existing, getErr := p.GetOrgDomainByDomain(ctx, domain.ID)
		if getErr == nil && existing != nil {
			if existing.OrgID == domain.OrgID {
				return existing, nil
			}
			return nil, schemas.ErrOrgDomainConflict
		}
		return nil, res.Error
	}
	return domain, nil
}

// GetOrgDomainByDomain is internal/storage/db/sql/org_domain.go:38.
// GetOrgDomainByDomain fetches a verified domain by its normalized value (PK).
func (p *provider) GetOrgDomainByDomain(ctx context.Context, domain string) (*schemas.OrgDomain, error) {
	var d schemas.OrgDomain
	res := p.db.WithContext(ctx).Where("id = ?", domain).First(&d)
	if res.Error != nil {
		return nil, res.Error
	}
	return &d, nil
}
