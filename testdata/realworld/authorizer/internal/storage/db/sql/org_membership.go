// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddOrgMembership is internal/storage/db/sql/org_membership.go:16.
// AddOrgMembership creates a new membership. The composite unique index on
// (org_id, user_id) rejects duplicates at the database layer.
func (p *provider) AddOrgMembership(ctx context.Context, membership *schemas.OrgMembership) (*schemas.OrgMembership, error) {
	if membership.ID == "" {
		membership.ID = uuid.New().String()
	}
	membership.Key = membership.ID
	now := time.Now().Unix()
	membership.CreatedAt = now
	membership.UpdatedAt = now
	res := p.db.WithContext(ctx).Create(membership)
	if res.Error != nil {
		return nil, res.Error
	}
	return membership, nil
}

// GetOrgMembership is internal/storage/db/sql/org_membership.go:53.
// GetOrgMembership fetches the membership for a (orgID, userID) pair.
func (p *provider) GetOrgMembership(ctx context.Context, orgID, userID string) (*schemas.OrgMembership, error) {
	var membership schemas.OrgMembership
	res := p.db.WithContext(ctx).Where("org_id = ? AND user_id = ?", orgID, userID).First(&membership)
	if res.Error != nil {
		return nil, res.Error
	}
	return &membership, nil
}
