// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"time"

	"github.com/google/uuid"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddScimEndpoint is internal/storage/db/sql/scim_endpoint.go:14.
// AddScimEndpoint creates a new SCIM endpoint record.
func (p *provider) AddScimEndpoint(ctx context.Context, endpoint *schemas.ScimEndpoint) (*schemas.ScimEndpoint, error) {
	if endpoint.ID == "" {
		endpoint.ID = uuid.New().String()
	}
	endpoint.Key = endpoint.ID
	now := time.Now().Unix()
	endpoint.CreatedAt = now
	endpoint.UpdatedAt = now
	res := p.db.WithContext(ctx).Create(endpoint)
	if res.Error != nil {
		return nil, res.Error
	}
	return endpoint, nil
}

// GetScimEndpointByOrgID is internal/storage/db/sql/scim_endpoint.go:61.
// GetScimEndpointByOrgID fetches a SCIM endpoint by its unique org ID.
func (p *provider) GetScimEndpointByOrgID(ctx context.Context, orgID string) (*schemas.ScimEndpoint, error) {
	var endpoint schemas.ScimEndpoint
	res := p.db.WithContext(ctx).Where("org_id = ?", orgID).First(&endpoint)
	if res.Error != nil {
		return nil, res.Error
	}
	return &endpoint, nil
}
