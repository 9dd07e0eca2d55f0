// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddOrganization is internal/storage/db/sql/organization.go:16.
// AddOrganization creates a new organization record.
func (p *provider) AddOrganization(ctx context.Context, org *schemas.Organization) (*schemas.Organization, error) {
	if org.ID == "" {
		org.ID = uuid.New().String()
	}
	org.Key = org.ID
	now := time.Now().Unix()
	org.CreatedAt = now
	org.UpdatedAt = now
	res := p.db.WithContext(ctx).Create(org)
	if res.Error != nil {
		return nil, res.Error
	}
	return org, nil
}

// UpdateOrganization is internal/storage/db/sql/organization.go:35.
// UpdateOrganization updates an organization record.
// Callers MUST load the existing record and mutate it before calling this
// method — Save writes every column and will blank zero-value fields on a
// partial struct.
func (p *provider) UpdateOrganization(ctx context.Context, org *schemas.Organization) (*schemas.Organization, error) {
	if org.CreatedAt == 0 {
		return nil, fmt.Errorf("UpdateOrganization: caller must load record before updating (CreatedAt is zero — partial struct detected)")
	}
	org.UpdatedAt = time.Now().Unix()
	res := p.db.WithContext(ctx).Save(org)
	if res.Error != nil {
		return nil, res.Error
	}
	return org, nil
}

// GetOrganizationByID is internal/storage/db/sql/organization.go:70.
// GetOrganizationByID fetches an organization by primary key.
func (p *provider) GetOrganizationByID(ctx context.Context, id string) (*schemas.Organization, error) {
	var org schemas.Organization
	res := p.db.WithContext(ctx).Where("id = ?", id).First(&org)
	if res.Error != nil {
		return nil, res.Error
	}
	return &org, nil
}

// GetOrganizationByName is internal/storage/db/sql/organization.go:80.
// GetOrganizationByName fetches an organization by its unique name slug.
func (p *provider) GetOrganizationByName(ctx context.Context, name string) (*schemas.Organization, error) {
	var org schemas.Organization
	res := p.db.WithContext(ctx).Where("name = ?", name).First(&org)
	if res.Error != nil {
		return nil, res.Error
	}
	return &org, nil
}
