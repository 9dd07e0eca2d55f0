// Package api reproduces pocket-id/pocket-id d258d952b157 backend/internal/api.
package api

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"example.com/realworld/pocketid/backend/internal/apperror"
	datatype "example.com/realworld/pocketid/backend/internal/model/types"
)

// Service is backend/internal/api/service.go:40.
// Service holds the business logic for managing APIs and their permissions
type Service struct {
	db *gorm.DB
}

// Get is backend/internal/api/service.go:75.
// Get loads an API and its permissions
func (s *Service) Get(ctx context.Context, tx *gorm.DB, id string) (api API, err error) {
	query := s.db.WithContext(ctx)
	if tx != nil {
		query = tx.WithContext(ctx).Clauses(clause.Locking{Strength: "UPDATE"})
	}

	err = query.
		Preload("Permissions").
		Where("id = ?", id).
		First(&api).
		Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return API{}, apperror.NotFound("API")
	}
	return api, err
}

// UpdatePermissions is backend/internal/api/service.go:167 (key validation and deletePermissions trimmed).
// UpdatePermissions replaces the full permission set of an API, matching existing permissions by key
// Unchanged keys keep their grants, removed keys and their client grants are deleted, and new keys are inserted
func (s *Service) UpdatePermissions(ctx context.Context, id string, input apiPermissionsUpdateDto) (api API, err error) {
	tx := s.db.Begin()
	defer func() {
		tx.Rollback()
	}()

	api, err = s.Get(ctx, tx, id) // safe: parent apis row is read FOR UPDATE in this transaction, serializing concurrent updates of its permissions
	if err != nil {
		return API{}, err
	}

	seen := make(map[string]struct{}, len(input.Permissions))
	for index, permission := range input.Permissions {
		field := fmt.Sprintf("permissions[%d].key", index)
		_, ok := seen[permission.Key]
		if ok {
			return API{}, apperror.InvalidField(field, "duplicate", "is listed more than once")
		}
		seen[permission.Key] = struct{}{}
	}

	existing := make(map[string]Permission, len(api.Permissions))
	for _, p := range api.Permissions {
		existing[p.Key] = p
	}

	wanted := make(map[string]apiPermissionInputDto, len(input.Permissions))
	var removedIDs []string
	for _, in := range input.Permissions {
		wanted[in.Key] = in
	}

	// Delete permissions whose key is no longer wanted
	for key, p := range existing {
		if _, ok := wanted[key]; !ok {
			removedIDs = append(removedIDs, p.ID)
		}
	}
	if len(removedIDs) > 0 {
		if err = tx.WithContext(ctx).Delete(&Permission{}, "id IN ?", removedIDs).Error; err != nil {
			return API{}, err
		}
	}

	// Insert new keys and update the display fields of existing ones
	for key, in := range wanted {
		if cur, ok := existing[key]; ok {
			err = tx.WithContext(ctx).
				Model(&Permission{}).
				Where("id = ?", cur.ID).
				Updates(map[string]any{"name": in.Name, "description": in.Description}).
				Error
			if err != nil {
				return API{}, err
			}
			continue
		}

		newPermission := Permission{
			APIID:       api.ID,
			Key:         in.Key,
			Name:        in.Name,
			Description: in.Description,
		}
		if err = tx.WithContext(ctx).Create(&newPermission).Error; err != nil {
			return API{}, err
		}
	}

	now := datatype.DateTime(time.Now())
	err = tx.WithContext(ctx).
		Model(&API{}).
		Where("id = ?", api.ID).
		Update("updated_at", &now).
		Error
	if err != nil {
		return API{}, err
	}

	api, err = s.Get(ctx, tx, id)
	if err != nil {
		return API{}, err
	}

	if err = tx.Commit().Error; err != nil {
		return API{}, err
	}

	return api, nil
}
