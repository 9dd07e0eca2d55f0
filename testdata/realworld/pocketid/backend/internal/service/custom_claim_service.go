// Package service reproduces pocket-id/pocket-id d258d952b157 backend/internal/service.
package service

import (
	"context"
	"errors"

	"gorm.io/gorm"

	"example.com/realworld/pocketid/backend/internal/dto"
	"example.com/realworld/pocketid/backend/internal/model"
)

// isReservedClaim is backend/internal/service/custom_claim_service.go:23 (list shortened).
func isReservedClaim(key string) bool {
	switch key {
	case "given_name",
		"family_name",
		"name",
		"email",
		"email_verified",
		"preferred_username",
		"display_name",
		"groups":
		return true
	default:
		return false
	}
}

// idType is backend/internal/service/custom_claim_service.go:54.
// idType is the type of the id used to identify the user or user group
type idType string

const (
	UserID      idType = "user_id"
	UserGroupID idType = "user_group_id"
)

// CustomClaimService is backend/internal/service/custom_claim_service.go.
type CustomClaimService struct {
	db *gorm.DB
}

// updateCustomClaimsInternal is backend/internal/service/custom_claim_service.go:141.
// updateCustomClaimsInternal keeps claim replacements within the caller's transaction
func (s *CustomClaimService) updateCustomClaimsInternal(ctx context.Context, idType idType, value string, claims []dto.CustomClaimCreateDto, tx *gorm.DB) ([]model.CustomClaim, error) {
	// Reject duplicate keys before changing persisted claims
	seenKeys := make(map[string]struct{})
	for _, claim := range claims {
		if _, ok := seenKeys[claim.Key]; ok {
			return nil, errors.New("duplicate claim " + claim.Key)
		}
		seenKeys[claim.Key] = struct{}{}
	}

	var existingClaims []model.CustomClaim
	err := tx.
		WithContext(ctx).
		Where(string(idType), value).
		Find(&existingClaims).
		Error
	if err != nil {
		return nil, err
	}

	// Remove stale claims before applying the requested replacement set
	for _, existingClaim := range existingClaims {
		found := false
		for _, claim := range claims {
			if claim.Key == existingClaim.Key {
				found = true
				break
			}
		}

		if !found {
			err = tx.
				WithContext(ctx).
				Delete(&existingClaim).
				Error
			if err != nil {
				return nil, err
			}
		}
	}

	// Reject reserved keys and persist each requested claim
	for _, claim := range claims {
		if isReservedClaim(claim.Key) {
			return nil, errors.New("reserved claim " + claim.Key)
		}
		customClaim := model.CustomClaim{
			Key:   claim.Key,
			Value: claim.Value,
		}

		switch idType {
		case UserID:
			customClaim.UserID = &value
		case UserGroupID:
			customClaim.UserGroupID = &value
		}

		// Preserve claim identity when updating an existing owner and key pair
		err = tx.
			WithContext(ctx).
			Where(string(idType)+" = ? AND key = ?", value, claim.Key).
			Assign(&customClaim).
			FirstOrCreate(&model.CustomClaim{}). // race; no unique key: custom_claims has only UNIQUE (key, user_id, user_group_id) (migrations/postgres/20241211111554_init.up.sql:51), and the lookup pins (user_id, key) or (user_group_id, key); the other id is NULL, which PostgreSQL never counts as equal
			Error
		if err != nil {
			return nil, err
		}
	}

	// Return the persisted replacement set to the caller
	var updatedClaims []model.CustomClaim
	err = tx.
		WithContext(ctx).
		Where(string(idType)+" = ?", value).
		Find(&updatedClaims).
		Error
	if err != nil {
		return nil, err
	}

	return updatedClaims, nil
}
