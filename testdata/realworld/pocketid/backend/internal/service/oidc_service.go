// Package service reproduces pocket-id/pocket-id d258d952b157 backend/internal/service.
package service

import (
	"context"
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"example.com/realworld/pocketid/backend/internal/apperror"
	"example.com/realworld/pocketid/backend/internal/dto"
	"example.com/realworld/pocketid/backend/internal/model"
)

// OidcService is backend/internal/service/oidc_service.go (dependencies trimmed).
type OidcService struct {
	db *gorm.DB
}

// getClientInternal is backend/internal/service/oidc_service.go:102.
func (s *OidcService) getClientInternal(ctx context.Context, clientID string, tx *gorm.DB, forUpdate bool) (model.OidcClient, error) {
	var client model.OidcClient
	q := tx.
		WithContext(ctx).
		Preload("CreatedBy").
		Preload("AllowedUserGroups")
	if forUpdate {
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	q = q.First(&client, "id = ?", clientID)
	if errors.Is(q.Error, gorm.ErrRecordNotFound) {
		return model.OidcClient{}, apperror.NotFound("OIDC client")
	}
	if q.Error != nil {
		return model.OidcClient{}, q.Error
	}
	return client, nil
}

// UpdateClient is backend/internal/service/oidc_service.go:186 (logo download trimmed).
func (s *OidcService) UpdateClient(ctx context.Context, clientID string, input dto.OidcClientUpdateDto) (model.OidcClient, error) {
	tx := s.db.Begin()
	defer func() {
		tx.Rollback()
	}()

	client, err := s.getClientInternal(ctx, clientID, tx, true) // safe: guard of an update only
	if err != nil {
		return model.OidcClient{}, err
	}

	updateOIDCClientModelFromDto(&client, &input)

	if !input.IsGroupRestricted {
		// Clear allowed user groups if the restriction is removed
		err = tx.Model(&client).Association("AllowedUserGroups").Clear()
		if err != nil {
			return model.OidcClient{}, err
		}
	}

	// Metadata refresh owns all other CIMD columns, so an admin update must never write back a stale metadata snapshot
	if client.IsMetadataDocument() {
		err = tx.WithContext(ctx).
			Model(&client).
			Select(
				"Description",
				"RequiresReauthentication",
				"SkipConsent",
				"IsGroupRestricted",
			).
			Updates(&client).Error
	} else {
		err = tx.WithContext(ctx).Save(&client).Error
	}
	if err != nil {
		return model.OidcClient{}, err
	}

	err = tx.Commit().Error
	if err != nil {
		return model.OidcClient{}, err
	}

	return client, nil
}

// updateOIDCClientModelFromDto is backend/internal/service/oidc_service.go (trimmed).
func updateOIDCClientModelFromDto(client *model.OidcClient, input *dto.OidcClientUpdateDto) {
	client.Name = input.Name
	client.Description = input.Description
	client.IsGroupRestricted = input.IsGroupRestricted
}
