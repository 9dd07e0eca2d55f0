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
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/flytestdlib/storage"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

var defaultStorageOptions = storage.Options{}

type WorkflowManager struct {
	db            repoInterfaces.Repository
	storagePrefix []string
	storageClient *storage.DataStore
}

// workflow_manager.go:121
func (w *WorkflowManager) createDataReference(
	ctx context.Context, identifier *core.Identifier) (storage.DataReference, error) {
	nestedSubKeys := []string{
		identifier.GetProject(),
		identifier.GetDomain(),
		identifier.GetName(),
		identifier.GetVersion(),
	}
	nestedKeys := append(w.storagePrefix, nestedSubKeys...)
	return w.storageClient.ConstructReference(ctx, w.storageClient.GetBaseContainerFQN(ctx), nestedKeys...)
}

// CreateWorkflow reproduces workflow_manager.go:133 (lookup :164, insert :219 ->
// WorkflowRepo.Create workflow_repo.go:27/:32).
func (w *WorkflowManager) CreateWorkflow(
	ctx context.Context,
	request *admin.WorkflowCreateRequest) (*admin.WorkflowCreateResponse, error) {
	workflowClosure := request.GetSpec().GetTemplate()
	workflowDigest, err := util.GetWorkflowDigest(ctx, workflowClosure)
	if err != nil {
		return nil, err
	}

	// Assert that a matching workflow doesn't already exist before uploading the workflow closure.
	// The found path is itself an error (AlreadyExists when identical, InvalidArgument when not), so this
	// is a duplicate pre-check of a create-only API, not a get-or-create: a concurrent duplicate
	// fails either way, on the workflows PRIMARY KEY (project, domain, name, version) which the
	// repositories map (23505) to codes.AlreadyExists. (Concurrent registrations with different
	// structure do race on the closure blob written below, which is keyed on the same id.)
	existingWorkflowModel, err := util.GetWorkflowModel(ctx, w.db, request.GetId()) // safe: duplicate pre-check whose found path is an error; the loser of a concurrent create fails on the workflows PK with AlreadyExists, as a sequential duplicate fails
	// Check that no identical or conflicting workflows exist.
	if err == nil {
		// A workflow's structure is uniquely defined by its collection of nodes.
		if bytes.Equal(workflowDigest, existingWorkflowModel.Digest) {
			return nil, errors.NewWorkflowExistsIdenticalStructureError(ctx, request)
		}
		// A workflow exists with different structure
		return nil, errors.NewWorkflowExistsDifferentStructureError(ctx, request)
	} else if flyteAdminError, ok := err.(errors.FlyteAdminError); !ok || flyteAdminError.Code() != codes.NotFound {
		return nil, err
	}

	remoteClosureDataRef, err := w.createDataReference(ctx, request.GetSpec().GetTemplate().GetId())
	if err != nil {
		return nil, errors.NewFlyteAdminErrorf(codes.Internal,
			"failed to construct data reference for workflow closure with id [%+v] and err %v", request.GetId(), err)
	}
	err = w.storageClient.WriteProtobuf(ctx, remoteClosureDataRef, defaultStorageOptions, workflowClosure)

	if err != nil {
		return nil, errors.NewFlyteAdminErrorf(codes.Internal,
			"failed to write marshaled workflow [%+v] to storage %s with err %v", request.GetId(), remoteClosureDataRef.String(), err)
	}
	// Save the workflow & its reference to the offloaded, compiled workflow in the database.
	workflowModel, err := transformers.CreateWorkflowModel(
		request, remoteClosureDataRef.String(), workflowDigest)
	if err != nil {
		return nil, err
	}
	// (transformers.CreateDescriptionEntityModel returns nil when the request has no description)
	var descriptionModel *models.DescriptionEntity
	if err = w.db.WorkflowRepo().Create(ctx, workflowModel, descriptionModel); err != nil {
		return nil, err
	}

	return &admin.WorkflowCreateResponse{}, nil
}

func NewWorkflowManager(db repoInterfaces.Repository, storageClient *storage.DataStore, storagePrefix []string) *WorkflowManager {
	return &WorkflowManager{db: db, storageClient: storageClient, storagePrefix: storagePrefix}
}
