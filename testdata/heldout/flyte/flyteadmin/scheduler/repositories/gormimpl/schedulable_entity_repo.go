// Package gormimpl reproduces flyteadmin/scheduler/repositories/gormimpl.
package gormimpl

import (
	"context"
	"errors"

	"gorm.io/gorm"

	adminErrors "example.com/heldout/flyte/flyteadmin/pkg/repositories/errors"
	"example.com/heldout/flyte/flyteadmin/scheduler/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/scheduler/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
)

// SchedulableEntityRepo Implementation of SchedulableEntityRepoInterface.
type SchedulableEntityRepo struct {
	db               *gorm.DB
	errorTransformer adminErrors.ErrorTransformer
}

// Create reproduces schedulable_entity_repo.go:24. FirstOrCreate looks up by
// every non-zero field of input (the key plus cron/rate/unit/kickoff/active)
// and inserts when nothing matches.
func (r *SchedulableEntityRepo) Create(ctx context.Context, input models.SchedulableEntity) error {
	var record models.SchedulableEntity
	// FirstOrCreate is a SELECT then an INSERT: two concurrent Activate calls that both missed below
	// both miss here too and both INSERT; the second violates the schedulable_entities PRIMARY KEY
	// (project, domain, name, version), which is a subset of the looked-up columns.
	tx := r.db.Omit("id").FirstOrCreate(&record, input) // race
	if tx.Error != nil {
		return r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return nil
}

// Activate reproduces schedulable_entity_repo.go:35 (lookup :39, create :52 -> Create :27).
func (r *SchedulableEntityRepo) Activate(ctx context.Context, input models.SchedulableEntity) error {
	var schedulableEntity models.SchedulableEntity
	// Find the existence of a scheduled entity
	// Take on (project, domain, name, version); ErrRecordNotFound -> Create (FirstOrCreate INSERT);
	// the PRIMARY KEY is exactly these four columns.
	tx := r.db.Where(&models.SchedulableEntity{ // race
		SchedulableEntityKey: models.SchedulableEntityKey{
			Project: input.Project,
			Domain:  input.Domain,
			Name:    input.Name,
			Version: input.Version,
		},
	}).Take(&schedulableEntity)

	if tx.Error != nil {
		if errors.Is(tx.Error, gorm.ErrRecordNotFound) {
			// Not found and hence create one
			return r.Create(ctx, input)
		}
		return r.errorTransformer.ToFlyteAdminError(tx.Error)
	}

	// Activate the already existing schedule
	return activateOrDeactivate(r, input.SchedulableEntityKey, true)
}

func (r *SchedulableEntityRepo) Deactivate(ctx context.Context, ID models.SchedulableEntityKey) error {
	// Activate the schedule
	return activateOrDeactivate(r, ID, false)
}

func (r *SchedulableEntityRepo) GetAll(ctx context.Context) ([]models.SchedulableEntity, error) {
	var schedulableEntities []models.SchedulableEntity
	tx := r.db.Find(&schedulableEntities)
	if tx.Error != nil {
		return nil, r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return schedulableEntities, nil
}

// Helper function to activate and deactivate a schedule
func activateOrDeactivate(r *SchedulableEntityRepo, ID models.SchedulableEntityKey, activate bool) error {
	tx := r.db.Model(&models.SchedulableEntity{}).Where(&models.SchedulableEntity{
		SchedulableEntityKey: models.SchedulableEntityKey{
			Project: ID.Project,
			Domain:  ID.Domain,
			Name:    ID.Name,
			Version: ID.Version,
		},
	}).Update("active", activate)
	if tx.Error != nil {
		if errors.Is(tx.Error, gorm.ErrRecordNotFound) {
			return adminErrors.GetMissingEntityError("schedulable entity", &core.Identifier{
				Project: ID.Project,
				Domain:  ID.Domain,
				Name:    ID.Name,
				Version: ID.Version,
			})
		}
		return r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return nil
}

// NewSchedulableEntityRepo Returns an instance of SchedulableEntityRepoInterface
func NewSchedulableEntityRepo(
	db *gorm.DB, errorTransformer adminErrors.ErrorTransformer) interfaces.SchedulableEntityRepoInterface {
	return &SchedulableEntityRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}
