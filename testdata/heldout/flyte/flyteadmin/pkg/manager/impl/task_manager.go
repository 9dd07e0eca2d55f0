package impl

import (
	"bytes"
	"context"

	"example.com/heldout/flyte/flyteadmin/pkg/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/manager/impl/util"
	repoInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

type TaskManager struct {
	db repoInterfaces.Repository
}

// CreateTask reproduces task_manager.go:61 (insert :110, lookup after AlreadyExists :119).
func (t *TaskManager) CreateTask(
	ctx context.Context,
	request *admin.TaskCreateRequest) (*admin.TaskCreateResponse, error) {
	compiledTask := request.GetSpec().GetTemplate()
	taskDigest, err := util.GetTaskDigest(ctx, compiledTask)
	if err != nil {
		return nil, err
	}
	// Create Task in DB
	taskModel, err := transformers.CreateTaskModel(request, &admin.TaskClosure{
		CompiledTask: compiledTask,
	}, taskDigest)
	if err != nil {
		return nil, err
	}
	// (transformers.CreateDescriptionEntityModel returns nil when the request has no description)
	var descriptionModel *models.DescriptionEntity
	err = t.db.TaskRepo().Create(ctx, taskModel, descriptionModel)
	if err != nil {
		// See if an identical task already exists by checking the error code
		flyteErr, ok := err.(errors.FlyteAdminError)
		if !ok || flyteErr.Code() != codes.AlreadyExists {
			return nil, err
		}
		// An identical task already exists. Fetch the existing task to verify if it has a different digest
		existingTaskModel, fetchErr := util.GetTaskModel(ctx, t.db, request.GetSpec().GetTemplate().GetId()) // safe: insert-first; the lookup only runs after the INSERT failed on the tasks PK (project, domain, name, version) and only chooses the error to return
		if fetchErr != nil {
			return nil, fetchErr
		}
		if bytes.Equal(taskDigest, existingTaskModel.Digest) {
			return nil, errors.NewTaskExistsIdenticalStructureError()
		}
		return nil, errors.NewTaskExistsDifferentStructureError(ctx, request)
	}
	return &admin.TaskCreateResponse{}, nil
}

func NewTaskManager(db repoInterfaces.Repository) *TaskManager {
	return &TaskManager{db: db}
}
