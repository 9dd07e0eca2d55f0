package gormimpl

import (
	"context"
	"errors"

	"gorm.io/gorm"

	flyteAdminDbErrors "example.com/heldout/flyte/flyteadmin/pkg/repositories/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
)

// Implementation of TaskExecutionInterface.
type TaskExecutionRepo struct {
	db               *gorm.DB
	errorTransformer flyteAdminDbErrors.ErrorTransformer
}

// task_execution_repo.go:24
func (r *TaskExecutionRepo) Create(ctx context.Context, input models.TaskExecution) error {
	tx := r.db.WithContext(ctx).Omit("id").Create(&input)
	if tx.Error != nil {
		return r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return nil
}

// task_execution_repo.go:34 (Take :55)
func (r *TaskExecutionRepo) Get(ctx context.Context, input interfaces.GetTaskExecutionInput) (models.TaskExecution, error) {
	var taskExecution models.TaskExecution
	tx := r.db.WithContext(ctx).Where(&models.TaskExecution{
		TaskExecutionKey: models.TaskExecutionKey{
			TaskKey: models.TaskKey{
				Project: input.TaskExecutionID.GetTaskId().GetProject(),
				Domain:  input.TaskExecutionID.GetTaskId().GetDomain(),
				Name:    input.TaskExecutionID.GetTaskId().GetName(),
				Version: input.TaskExecutionID.GetTaskId().GetVersion(),
			},
			NodeExecutionKey: models.NodeExecutionKey{
				NodeID: input.TaskExecutionID.GetNodeExecutionId().GetNodeId(),
				ExecutionKey: models.ExecutionKey{
					Project: input.TaskExecutionID.GetNodeExecutionId().GetExecutionId().GetProject(),
					Domain:  input.TaskExecutionID.GetNodeExecutionId().GetExecutionId().GetDomain(),
					Name:    input.TaskExecutionID.GetNodeExecutionId().GetExecutionId().GetName(),
				},
			},
			RetryAttempt: &input.TaskExecutionID.RetryAttempt,
		},
	}).Preload("ChildNodeExecution").Take(&taskExecution)

	if tx.Error != nil && errors.Is(tx.Error, gorm.ErrRecordNotFound) {
		return models.TaskExecution{},
			flyteAdminDbErrors.GetMissingEntityError("task execution", input.TaskExecutionID)
	} else if tx.Error != nil {
		return models.TaskExecution{}, r.errorTransformer.ToFlyteAdminError(tx.Error)
	}
	return taskExecution, nil
}

// task_execution_repo.go:82
func (r *TaskExecutionRepo) Update(ctx context.Context, execution models.TaskExecution) error {
	tx := r.db.WithContext(ctx).Model(&models.TaskExecution{}).Where(getIDFilter(execution.ID)).
		Updates(&execution)

	if err := tx.Error; err != nil {
		return r.errorTransformer.ToFlyteAdminError(err)
	}
	return nil
}

// Returns an instance of TaskExecutionRepoInterface
func NewTaskExecutionRepo(
	db *gorm.DB, errorTransformer flyteAdminDbErrors.ErrorTransformer) interfaces.TaskExecutionRepoInterface {
	return &TaskExecutionRepo{
		db:               db,
		errorTransformer: errorTransformer,
	}
}
