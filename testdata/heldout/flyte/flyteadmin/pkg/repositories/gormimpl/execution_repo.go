package gormimpl

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"

	"example.com/heldout/flyte/flyteadmin/pkg/common"
	adminErrors "example.com/heldout/flyte/flyteadmin/pkg/repositories/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
)

// Implementation of ExecutionInterface.
type ExecutionRepo struct {
	db               *gorm.DB
	errorTransformer adminErrors.ErrorTransformer
}

// execution_repo.go:25
func (r *ExecutionRepo) Create(ctx context.Context, input models.Execution, executionTagModel []*models.ExecutionTag) error {
	err := r.db.WithContext(ctx).Transaction(func(_ *gorm.DB) error {
		if len(executionTagModel) > 0 {
			tx := r.db.WithContext(ctx).Create(executionTagModel)
			if tx.Error != nil {
				return r.errorTransformer.ToFlyteAdminError(tx.Error)
			}
		}

		tx := r.db.WithContext(ctx).Create(&input)
		if tx.Error != nil {
			return r.errorTransformer.ToFlyteAdminError(tx.Error)
		}
		return nil
	})
	return err
}

// execution_repo.go:45 (Take :54)
func (r *ExecutionRepo) Get(ctx context.Context, input interfaces.Identifier) (models.Execution, error) {
	var execution models.Execution
	tx := r.db.WithContext(ctx).Where(&models.Execution{
		ExecutionKey: models.ExecutionKey{
			Project: input.Project,
			Domain:  input.Domain,
			Name:    input.Name,
		},
	}).Take(&execution)

	if tx.Error != nil && errors.Is(tx.Error, gorm.ErrRecordNotFound) {
		return models.Execution{}, adminErrors.GetMissingEntityError("execution", &core.Identifier{
			Project: input.Project,
			Domain:  input.Domain,
			Name:    input.Name,
		})
	} else if tx.Error != nil {
		return models.Execution{}, r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return execution, nil
}

// execution_repo.go:69
func (r *ExecutionRepo) Update(ctx context.Context, execution models.Execution) error {
	tx := r.db.WithContext(ctx).Model(&models.Execution{}).Where(getIDFilter(execution.ID)).Updates(execution)
	if err := tx.Error; err != nil {
		return r.errorTransformer.ToFlyteAdminError(err)
	}
	return nil
}

// execution_repo.go:128 (Count :155)
func (r *ExecutionRepo) Count(ctx context.Context, input interfaces.CountResourceInput) (int64, error) {
	var err error
	tx := r.db.WithContext(ctx).Model(&models.Execution{})

	// Add join condition as required by user-specified filters (which can potentially include join table attrs).
	if ok := input.JoinTableEntities[common.LaunchPlan]; ok {
		tx = tx.Joins(fmt.Sprintf("INNER JOIN %s ON %s.launch_plan_id = %s.id",
			launchPlanTableName, executionTableName, launchPlanTableName))
	}

	// Apply filters
	tx, err = applyScopedFilters(tx, input.InlineFilters)
	if err != nil {
		return 0, err
	}

	// Run the query
	var count int64
	tx = tx.Count(&count)
	if tx.Error != nil {
		return 0, r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return count, nil
}

// Returns an instance of ExecutionRepoInterface
func NewExecutionRepo(
	db *gorm.DB, errorTransformer adminErrors.ErrorTransformer) interfaces.ExecutionRepoInterface {
	return &ExecutionRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}
