// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm/clause"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddAuthenticator is internal/storage/db/sql/authenticator.go:13.
func (p *provider) AddAuthenticator(ctx context.Context, authenticators *schemas.Authenticator) (*schemas.Authenticator, error) {
	exists, _ := p.GetAuthenticatorDetailsByUserId(ctx, authenticators.UserID, authenticators.Method) // safe: the insert is ON CONFLICT (user_id, method) DO UPDATE
	if exists != nil {
		return authenticators, nil
	}

	if authenticators.ID == "" {
		authenticators.ID = uuid.New().String()
	}
	authenticators.Key = authenticators.ID
	authenticators.CreatedAt = time.Now().Unix()
	authenticators.UpdatedAt = time.Now().Unix()
	// Target the (user_id, method) unique index so a concurrent enrollment that
	// slips past the check-then-insert race above upserts the existing row
	// instead of creating a duplicate. Without this, GetAuthenticatorDetailsByUserId's
	// First() would return an arbitrary row and cause intermittent MFA failures.
	res := p.db.WithContext(ctx).Clauses(
		clause.OnConflict{
			UpdateAll: true,
			Columns:   []clause.Column{{Name: "user_id"}, {Name: "method"}},
		}).Create(&authenticators)
	if res.Error != nil {
		return nil, res.Error
	}
	return authenticators, nil
}

// UpdateAuthenticator is internal/storage/db/sql/authenticator.go:40.
func (p *provider) UpdateAuthenticator(ctx context.Context, authenticators *schemas.Authenticator) (*schemas.Authenticator, error) {
	authenticators.UpdatedAt = time.Now().Unix()
	result := p.db.WithContext(ctx).Save(&authenticators)
	if result.Error != nil {
		return authenticators, result.Error
	}
	return authenticators, nil
}

// GetAuthenticatorDetailsByUserId is internal/storage/db/sql/authenticator.go:79.
func (p *provider) GetAuthenticatorDetailsByUserId(ctx context.Context, userId string, authenticatorType string) (*schemas.Authenticator, error) {
	var authenticators schemas.Authenticator
	result := p.db.WithContext(ctx).Where("user_id = ?", userId).Where("method = ?", authenticatorType).First(&authenticators)
	if result.Error != nil {
		return nil, result.Error
	}
	return &authenticators, nil
}
