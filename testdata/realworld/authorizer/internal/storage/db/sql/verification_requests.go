// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"context"
	"time"

	"github.com/google/uuid"
	"gorm.io/gorm/clause"

	"example.com/realworld/authorizer/internal/storage/schemas"
)

// AddVerificationRequest is internal/storage/db/sql/verification_requests.go:15.
// AddVerification to save verification request in database
func (p *provider) AddVerificationRequest(ctx context.Context, verificationRequest *schemas.VerificationRequest) (*schemas.VerificationRequest, error) {
	if verificationRequest.ID == "" {
		verificationRequest.ID = uuid.New().String()
	}
	verificationRequest.Key = verificationRequest.ID
	verificationRequest.CreatedAt = time.Now().Unix()
	verificationRequest.UpdatedAt = time.Now().Unix()
	result := p.db.WithContext(ctx).Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "email"}, {Name: "identifier"}},
		DoUpdates: clause.AssignmentColumns([]string{"token", "expires_at", "nonce", "redirect_uri"}),
	}).Create(&verificationRequest)
	if result.Error != nil {
		return verificationRequest, result.Error
	}
	return verificationRequest, nil
}

// GetVerificationRequestByEmail is internal/storage/db/sql/verification_requests.go:43.
// GetVerificationRequestByEmail to get verification request by email from database
func (p *provider) GetVerificationRequestByEmail(ctx context.Context, email string, identifier string) (*schemas.VerificationRequest, error) {
	var verificationRequest *schemas.VerificationRequest
	result := p.db.WithContext(ctx).Where("email = ? AND identifier = ?", email, identifier).First(&verificationRequest)
	if result.Error != nil {
		return verificationRequest, result.Error
	}
	return verificationRequest, nil
}

// DeleteVerificationRequest is internal/storage/db/sql/verification_requests.go:70.
// DeleteVerificationRequest to delete verification request from database
func (p *provider) DeleteVerificationRequest(ctx context.Context, verificationRequest *schemas.VerificationRequest) error {
	result := p.db.WithContext(ctx).Delete(&verificationRequest)
	if result.Error != nil {
		return result.Error
	}
	return nil
}
