// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// GetClientByID is internal/storage/db/sql/client.go:68.
// GetClientByID fetches a service account by primary key.
func (p *provider) GetClientByID(ctx context.Context, id string) (*schemas.Client, error) {
	var sa schemas.Client
	res := p.db.WithContext(ctx).Where("id = ?", id).First(&sa)
	if res.Error != nil {
		return nil, res.Error
	}
	return &sa, nil
}
