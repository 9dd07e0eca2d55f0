// Package interfaces reproduces flyteadmin/scheduler/repositories/interfaces.
package interfaces

import (
	"context"

	"example.com/heldout/flyte/flyteadmin/scheduler/repositories/models"
)

//go:generate mockery -name=SchedulableEntityRepoInterface -output=../mocks -case=underscore

// SchedulableEntityRepoInterface : An Interface for interacting with the schedulable entity in the database
type SchedulableEntityRepoInterface interface {

	// Create a schedulable entity in the database store
	Create(ctx context.Context, input models.SchedulableEntity) error

	// Activate a schedulable entity in the database store.
	Activate(ctx context.Context, input models.SchedulableEntity) error

	// Deactivate a schedulable entity in the database store.
	Deactivate(ctx context.Context, ID models.SchedulableEntityKey) error

	// GetAll Gets all the active schedulable entities from the db
	GetAll(ctx context.Context) ([]models.SchedulableEntity, error)
}
