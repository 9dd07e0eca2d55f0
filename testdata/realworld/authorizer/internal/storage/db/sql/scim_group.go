// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddScimGroup is internal/storage/db/sql/scim_group.go:16.
// AddScimGroup creates a new SCIM group record.
func (p *provider) AddScimGroup(ctx context.Context, group *schemas.ScimGroup) (*schemas.ScimGroup, error) {
	if group.ID == "" {
		group.ID = uuid.New().String()
	}
	group.Key = group.ID
	now := time.Now().Unix()
	group.CreatedAt = now
	group.UpdatedAt = now
	res := p.db.WithContext(ctx).Create(group)
	if res.Error != nil {
		return nil, res.Error
	}
	return group, nil
}

// UpdateScimGroup is internal/storage/db/sql/scim_group.go:35.
// UpdateScimGroup updates a SCIM group record.
// Callers MUST load the existing record and mutate it before calling this
// method — Save writes every column and will blank zero-value fields on a
// partial struct.
func (p *provider) UpdateScimGroup(ctx context.Context, group *schemas.ScimGroup) (*schemas.ScimGroup, error) {
	if group.CreatedAt == 0 {
		return nil, fmt.Errorf("UpdateScimGroup: caller must load record before updating (CreatedAt is zero — partial struct detected)")
	}
	group.UpdatedAt = time.Now().Unix()
	res := p.db.WithContext(ctx).Save(group)
	if res.Error != nil {
		return nil, res.Error
	}
	return group, nil
}

const groupScanSafetyCap = 100_000

// GetScimGroupByOrgAndDisplayName is internal/storage/db/sql/scim_group.go:82.
// GetScimGroupByOrgAndDisplayName resolves the single group with the given
// displayName within an org. displayName is compared case-insensitively:
// SCIM Group.displayName is caseExact:false (RFC 7644 §3.4.2.2).
//
// This deliberately does NOT use SQL's LOWER() for the comparison: it isn't
// actually portable the way it looks. SQLite's built-in LOWER() folds ASCII
// only, while Postgres/MySQL/SQL Server's LOWER() are collation/Unicode-aware
// in ways that differ from each other AND from Go's strings.ToLower — so a
// non-ASCII displayName (e.g. "CAFÉ") could match on one dialect and miss on
// another, and none of them are guaranteed to agree with the Go-side fold
// every other provider (Cassandra, DynamoDB, Mongo's collation) uses. Fetching
// by org (indexed, cheap) and comparing with strings.EqualFold in Go instead
// makes all 6 storage backends fold identically, matching the Cassandra/
// DynamoDB fetch-then-filter shape exactly.
func (p *provider) GetScimGroupByOrgAndDisplayName(ctx context.Context, orgID, displayName string) (*schemas.ScimGroup, error) {
	var groups []schemas.ScimGroup
	res := p.db.WithContext(ctx).Where("org_id = ?", orgID).Limit(groupScanSafetyCap).Find(&groups)
	if res.Error != nil {
		return nil, res.Error
	}
	for _, g := range groups {
		if strings.EqualFold(g.DisplayName, displayName) {
			return &g, nil
		}
	}
	if len(groups) >= groupScanSafetyCap {
		p.dependencies.Log.Warn().Str("org_id", orgID).Int("examined", len(groups)).
			Msg("GetScimGroupByOrgAndDisplayName: hit the scan safety cap without a match")
	}
	return nil, gorm.ErrRecordNotFound
}

// GetScimGroupByOrgAndExternalID is internal/storage/db/sql/scim_group.go:103.
// GetScimGroupByOrgAndExternalID resolves the single group with the given
// externalId within an org. externalId is stored org-namespaced ("<orgID>:<raw>")
// exactly like User.ExternalID, so this can never resolve another org's group.
func (p *provider) GetScimGroupByOrgAndExternalID(ctx context.Context, orgID, externalID string) (*schemas.ScimGroup, error) {
	var group schemas.ScimGroup
	res := p.db.WithContext(ctx).Where("org_id = ? AND external_id = ?", orgID, orgID+":"+externalID).First(&group)
	if res.Error != nil {
		return nil, res.Error
	}
	return &group, nil
}
