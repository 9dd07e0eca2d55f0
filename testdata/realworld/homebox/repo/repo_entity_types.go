// Package repo reproduces sysadminsmedia/homebox 8222a88de7b4 backend/internal/data/repo.
package repo

import (
	"context"
	"time"

	"example.com/realworld/homebox/ent"
	"example.com/realworld/homebox/ent/entitytype"
	"example.com/realworld/homebox/ent/group"
	"github.com/google/uuid"
)

// EntityTypeRepository is data/repo/repo_entity_types.go:15.
type EntityTypeRepository struct {
	db *ent.Client
}

type (
	// EntityTypeCreate is data/repo/repo_entity_types.go:21.
	EntityTypeCreate struct {
		Name       string `json:"name"`
		IsLocation bool   `json:"isLocation"`
		Icon       string `json:"icon"`
	}

	// EntityTypeSummary is data/repo/repo_entity_types.go:36.
	EntityTypeSummary struct {
		ID          uuid.UUID `json:"id"`
		Name        string    `json:"name"`
		Description string    `json:"description"`
		IsLocation  bool      `json:"isLocation"`
		Icon        string    `json:"icon"`
		CreatedAt   time.Time `json:"createdAt"`
		UpdatedAt   time.Time `json:"updatedAt"`
	}
)

// mapEntityTypeSummary is data/repo/repo_entity_types.go:49.
func mapEntityTypeSummary(et *ent.EntityType) EntityTypeSummary {
	s := EntityTypeSummary{
		ID:          et.ID,
		Name:        et.Name,
		Description: et.Description,
		IsLocation:  et.IsLocation,
		Icon:        et.Icon,
		CreatedAt:   et.CreatedAt,
		UpdatedAt:   et.UpdatedAt,
	}

	return s
}

// Create is data/repo/repo_entity_types.go:100 (default template trimmed).
func (r *EntityTypeRepository) Create(ctx context.Context, gid uuid.UUID, data EntityTypeCreate) (EntityTypeSummary, error) {
	q := r.db.EntityType.Create().
		SetName(data.Name).
		SetIsLocation(data.IsLocation).
		SetIcon(data.Icon).
		SetGroupID(gid)

	et, err := q.Save(ctx)
	if err != nil {
		return EntityTypeSummary{}, err
	}

	return mapEntityTypeSummary(et), nil
}

// GetDefault is data/repo/repo_entity_types.go:183: first matching type, or
// create one when none exists.
func (r *EntityTypeRepository) GetDefault(ctx context.Context, gid uuid.UUID, isLocation bool) (EntityTypeSummary, error) {
	et, err := r.db.EntityType.Query(). // race
						Where(
			entitytype.HasGroupWith(group.ID(gid)),
			entitytype.IsLocation(isLocation),
		).
		Order(entitytype.ByCreatedAt()).
		First(ctx)
	if err != nil {
		if ent.IsNotFound(err) {
			// Create a default entity type
			name := "Item"
			if isLocation {
				name = "Location"
			}
			return r.Create(ctx, gid, EntityTypeCreate{
				Name:       name,
				IsLocation: isLocation,
			})
		}
		return EntityTypeSummary{}, err
	}

	return mapEntityTypeSummary(et), nil
}
