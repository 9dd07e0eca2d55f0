package impl

import (
	"context"
	"fmt"

	"example.com/heldout/flyte/flyteadmin/pkg/errors"
	repoInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type TaskExecutionManager struct {
	db repoInterfaces.Repository
}

// createTaskExecution reproduces task_execution_manager.go:63 (Exists :68, insert :95).
func (m *TaskExecutionManager) createTaskExecution(
	ctx context.Context, request *admin.TaskExecutionEventRequest) (
	models.TaskExecution, error) {

	nodeExecutionID := request.GetEvent().GetParentNodeExecutionId()
	nodeExecutionExists, err := m.db.NodeExecutionRepo().Exists(ctx, repoInterfaces.NodeExecutionResource{ // safe: existence check of the parent node execution; the insert below runs on the found path and writes a task_executions row, not the looked-up node_executions key
		NodeExecutionIdentifier: nodeExecutionID,
	})
	if err != nil || !nodeExecutionExists {
		if err != nil {
			if ferr, ok := err.(errors.FlyteAdminError); ok {
				return models.TaskExecution{}, errors.NewFlyteAdminErrorf(ferr.Code(),
					"Failed to get existing node execution id: [%+v] with err: %v", nodeExecutionID, err)
			}
		}
		return models.TaskExecution{}, fmt.Errorf("failed to get existing node execution id: [%+v]", nodeExecutionID)
	}

	taskExecutionModel, err := transformers.CreateTaskExecutionModel(
		ctx,
		transformers.CreateTaskExecutionModelInput{
			Request: request,
		})
	if err != nil {
		return models.TaskExecution{}, err
	}

	if err := m.db.TaskExecutionRepo().Create(ctx, *taskExecutionModel); err != nil {
		return models.TaskExecution{}, err
	}

	return *taskExecutionModel, nil
}

// updateTaskExecutionModelState reproduces task_execution_manager.go:106.
func (m *TaskExecutionManager) updateTaskExecutionModelState(
	ctx context.Context, request *admin.TaskExecutionEventRequest, existingTaskExecution *models.TaskExecution) (
	models.TaskExecution, error) {

	err := transformers.UpdateTaskExecutionModel(ctx, request, existingTaskExecution)
	if err != nil {
		return models.TaskExecution{}, err
	}

	err = m.db.TaskExecutionRepo().Update(ctx, *existingTaskExecution)
	if err != nil {
		return models.TaskExecution{}, err
	}

	return *existingTaskExecution, nil
}

// CreateTaskExecutionEvent reproduces task_execution_manager.go:128 (lookup :153,
// create :162 -> createTaskExecution :95 -> TaskExecutionRepo.Create task_execution_repo.go:26).
func (m *TaskExecutionManager) CreateTaskExecutionEvent(ctx context.Context, request *admin.TaskExecutionEventRequest) (
	*admin.TaskExecutionEventResponse, error) {

	// Get the parent node execution, if none found a MissingEntityError will be returned
	nodeExecutionID := request.GetEvent().GetParentNodeExecutionId()
	taskExecutionID := &core.TaskExecutionIdentifier{
		TaskId:          request.GetEvent().GetTaskId(),
		NodeExecutionId: nodeExecutionID,
		RetryAttempt:    request.GetEvent().GetRetryAttempt(),
	}

	// See if the task execution exists
	// - if it does check if the new phase is applicable and then update
	// - if it doesn't, create a task execution
	// Two events for an attempt with no row yet both miss and both INSERT; the loser violates the
	// task_executions PRIMARY KEY (project, domain, name, version, execution_project,
	// execution_domain, execution_name, node_id, retry_attempt) and its update is lost (AlreadyExists).
	taskExecutionModel, err := m.db.TaskExecutionRepo().Get(ctx, repoInterfaces.GetTaskExecutionInput{ // race
		TaskExecutionID: taskExecutionID,
	})

	if err != nil {
		if err.(errors.FlyteAdminError).Code() != codes.NotFound {
			return nil, err
		}
		_, err := m.createTaskExecution(ctx, request)
		if err != nil {
			return nil, err
		}

		return &admin.TaskExecutionEventResponse{}, nil
	}
	if taskExecutionModel.Phase == request.GetEvent().GetPhase().String() &&
		taskExecutionModel.PhaseVersion >= request.GetEvent().GetPhaseVersion() {
		return nil, errors.NewFlyteAdminErrorf(codes.AlreadyExists,
			"have already recorded task execution phase %s (version: %d) for %v",
			request.GetEvent().GetPhase().String(), request.GetEvent().GetPhaseVersion(), taskExecutionID)
	}

	currentPhase := core.TaskExecution_Phase(core.TaskExecution_Phase_value[taskExecutionModel.Phase])
	if currentPhase == core.TaskExecution_SUCCEEDED || currentPhase == core.TaskExecution_FAILED || currentPhase == core.TaskExecution_ABORTED {
		// Cannot update a terminal execution.
		curPhase := request.GetEvent().GetPhase().String()
		errorMsg := fmt.Sprintf("invalid phase change from %v to %v for task execution %v", taskExecutionModel.Phase, request.GetEvent().GetPhase(), taskExecutionID)
		return nil, errors.NewAlreadyInTerminalStateError(ctx, errorMsg, curPhase)
	}

	_, err = m.updateTaskExecutionModelState(ctx, request, &taskExecutionModel)
	if err != nil {
		return nil, err
	}

	return &admin.TaskExecutionEventResponse{}, nil
}

func NewTaskExecutionManager(db repoInterfaces.Repository) *TaskExecutionManager {
	return &TaskExecutionManager{db: db}
}
