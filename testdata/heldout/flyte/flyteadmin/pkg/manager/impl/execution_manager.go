package impl

import (
	"context"
	"fmt"

	"example.com/heldout/flyte/flyteadmin/pkg/common"
	"example.com/heldout/flyte/flyteadmin/pkg/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/manager/impl/util"
	"example.com/heldout/flyte/flyteadmin/pkg/manager/interfaces"
	repositoryInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

var activeExecutionPhases = []string{
	core.WorkflowExecution_QUEUED.String(),
	core.WorkflowExecution_RUNNING.String(),
}

type ExecutionManager struct {
	db                 repositoryInterfaces.Repository
	workflowManager    interfaces.WorkflowInterface
	namedEntityManager interfaces.NamedEntityInterface
}

// launchSingleTaskExecution reproduces execution_manager.go:458 (CreateOrGetWorkflowModel :479,
// CreateOrGetLaunchPlan :489).
func (m *ExecutionManager) launchSingleTaskExecution(
	ctx context.Context, request *admin.ExecutionCreateRequest) (
	context.Context, *models.Execution, error) {

	taskModel, err := m.db.TaskRepo().Get(ctx, repositoryInterfaces.Identifier{
		Project: request.GetSpec().GetLaunchPlan().GetProject(),
		Domain:  request.GetSpec().GetLaunchPlan().GetDomain(),
		Name:    request.GetSpec().GetLaunchPlan().GetName(),
		Version: request.GetSpec().GetLaunchPlan().GetVersion(),
	})
	if err != nil {
		return nil, nil, err
	}
	task, err := transformers.FromTaskModel(taskModel)
	if err != nil {
		return nil, nil, err
	}

	// Prepare a skeleton workflow and launch plan
	taskIdentifier := request.GetSpec().GetLaunchPlan()
	workflowModel, err :=
		util.CreateOrGetWorkflowModel(ctx, request, m.db, m.workflowManager, m.namedEntityManager, taskIdentifier, &task)
	if err != nil {
		return nil, nil, err
	}

	launchPlan, err := util.CreateOrGetLaunchPlan(ctx, m.db, m.namedEntityManager, taskIdentifier,
		task.Closure.CompiledTask.GetInterface(), workflowModel.ID, request.GetSpec())
	if err != nil {
		return nil, nil, err
	}

	executionModel := &models.Execution{
		ExecutionKey: models.ExecutionKey{
			Project: request.GetProject(),
			Domain:  request.GetDomain(),
			Name:    request.GetName(),
		},
		WorkflowID: workflowModel.ID,
		Spec:       []byte(launchPlan.GetId().GetName()),
		Phase:      core.WorkflowExecution_UNDEFINED.String(),
	}
	return ctx, executionModel, nil
}

// launchExecutionAndPrepareModel reproduces execution_manager.go:882.
func (m *ExecutionManager) launchExecutionAndPrepareModel(
	ctx context.Context, request *admin.ExecutionCreateRequest) (
	context.Context, *models.Execution, []*models.ExecutionTag, error) {

	if request.GetSpec().GetLaunchPlan().GetResourceType() == core.ResourceType_TASK {
		// When tasks can have defaults this will need to handle Artifacts as well.
		ctx, model, err := m.launchSingleTaskExecution(ctx, request)
		return ctx, model, nil, err
	}
	return m.launchExecution(ctx, request)
}

// launchExecution reproduces execution_manager.go:901 (trimmed; concurrency check :1118).
func (m *ExecutionManager) launchExecution(
	ctx context.Context, request *admin.ExecutionCreateRequest) (context.Context, *models.Execution, []*models.ExecutionTag, error) {
	launchPlanModel, err := util.GetLaunchPlanModel(ctx, m.db, request.GetSpec().GetLaunchPlan())
	if err != nil {
		return nil, nil, nil, err
	}
	launchPlan, err := transformers.FromLaunchPlanModel(launchPlanModel)
	if err != nil {
		return nil, nil, nil, err
	}

	if launchPlan.GetSpec().GetConcurrencyPolicy() != nil {
		if err := checkLaunchPlanConcurrency(ctx, launchPlan, m.db.ExecutionRepo()); err != nil {
			return nil, nil, nil, err
		}
	}

	executionModel := &models.Execution{
		ExecutionKey: models.ExecutionKey{
			Project: request.GetProject(),
			Domain:  request.GetDomain(),
			Name:    request.GetName(),
		},
		LaunchPlanID: launchPlanModel.ID,
		WorkflowID:   launchPlanModel.WorkflowID,
		Spec:         launchPlanModel.Spec,
		Phase:        core.WorkflowExecution_UNDEFINED.String(),
	}
	return ctx, executionModel, nil, nil
}

// createExecutionModel reproduces execution_manager.go:1162 (insert :1169).
func (m *ExecutionManager) createExecutionModel(
	ctx context.Context, executionModel *models.Execution, executionTagModel []*models.ExecutionTag) (*core.WorkflowExecutionIdentifier, error) {
	workflowExecutionIdentifier := &core.WorkflowExecutionIdentifier{
		Project: executionModel.ExecutionKey.Project,
		Domain:  executionModel.ExecutionKey.Domain,
		Name:    executionModel.ExecutionKey.Name,
	}
	err := m.db.ExecutionRepo().Create(ctx, *executionModel, executionTagModel)
	if err != nil {
		return nil, err
	}
	return workflowExecutionIdentifier, nil
}

// checkLaunchPlanConcurrency reproduces execution_manager.go:1182 (Count :1234, limit :1249).
func checkLaunchPlanConcurrency(ctx context.Context, launchPlan *admin.LaunchPlan, executionRepo repositoryInterfaces.ExecutionRepoInterface) error {
	lpID := launchPlan.GetId()
	lpProject := lpID.GetProject()
	lpDomain := lpID.GetDomain()
	lpName := lpID.GetName()

	projectFilter, err := common.NewSingleValueFilter(common.Execution, common.Equal, "project", lpProject)
	if err != nil {
		return fmt.Errorf("failed to create project filter for concurrency check: %w", err)
	}
	domainFilter, err := common.NewSingleValueFilter(common.Execution, common.Equal, "domain", lpDomain)
	if err != nil {
		return fmt.Errorf("failed to create domain filter for concurrency check: %w", err)

	}

	lpNameFilter, err := common.NewSingleValueFilter(common.LaunchPlan, common.Equal, "name", lpName)
	if err != nil {
		return fmt.Errorf("failed to create launch plan name filter for concurrency check (JOIN): %w", err)
	}

	phaseFilter, err := common.NewRepeatedValueFilter(common.Execution, common.ValueIn, "phase", activeExecutionPhases)
	if err != nil {
		return fmt.Errorf("failed to create phase filter for concurrency check (JOIN): %w", err)
	}

	count, err := executionRepo.Count(ctx, repositoryInterfaces.CountResourceInput{ // safe: a count limit (max concurrent executions per launch plan), not a uniqueness check; the execution inserted afterwards is keyed on its own name, so concurrent launches can overshoot the limit but never duplicate a row
		InlineFilters: []common.InlineFilter{projectFilter, domainFilter, lpNameFilter, phaseFilter},
		JoinTableEntities: map[common.Entity]bool{
			common.LaunchPlan: true,
		},
	})

	if err != nil {
		// We still proceed to log the count as 0 and potentially hit the concurrency limit if Max is 0.
		count = 0
	}

	// Check against the policy limit
	if count >= int64(launchPlan.GetSpec().GetConcurrencyPolicy().GetMax()) {
		behavior := launchPlan.GetSpec().GetConcurrencyPolicy().GetBehavior()

		switch behavior {
		case admin.ConcurrencyLimitBehavior_CONCURRENCY_LIMIT_BEHAVIOR_SKIP:
			return errors.NewFlyteAdminErrorf(
				codes.AlreadyExists,
				"concurrency limit (%d) reached for launch plan %s; skipping execution",
				launchPlan.GetSpec().GetConcurrencyPolicy().GetMax(), lpName)

		case admin.ConcurrencyLimitBehavior_CONCURRENCY_LIMIT_BEHAVIOR_UNSPECIFIED:
			// fall through
		default:
			return fmt.Errorf("unsupported concurrency-limit behavior: %v", behavior)
		}
	}
	return nil
}

// CreateExecution reproduces execution_manager.go:1270.
func (m *ExecutionManager) CreateExecution(
	ctx context.Context, request *admin.ExecutionCreateRequest) (
	*admin.ExecutionCreateResponse, error) {
	var executionModel *models.Execution
	var executionTagModel []*models.ExecutionTag
	var err error
	ctx, executionModel, executionTagModel, err = m.launchExecutionAndPrepareModel(ctx, request)
	if err != nil {
		return nil, err
	}
	workflowExecutionIdentifier, err := m.createExecutionModel(ctx, executionModel, executionTagModel)
	if err != nil {
		return nil, err
	}
	return &admin.ExecutionCreateResponse{
		Id: workflowExecutionIdentifier,
	}, nil
}

// CreateWorkflowEvent reproduces execution_manager.go:1542 (lookup :1553, update :1596).
func (m *ExecutionManager) CreateWorkflowEvent(ctx context.Context, request *admin.WorkflowExecutionEventRequest) (
	*admin.WorkflowExecutionEventResponse, error) {
	executionModel, err := util.GetExecutionModel(ctx, m.db, request.GetEvent().GetExecutionId()) // safe: the lookup guards an update of the found execution only; not found is returned as an error
	if err != nil {
		return nil, err
	}

	wfExecPhase := core.WorkflowExecution_Phase(core.WorkflowExecution_Phase_value[executionModel.Phase])
	// Subsequent queued events announcing a cluster reassignment are permitted.
	if request.GetEvent().GetPhase() != core.WorkflowExecution_QUEUED {
		if wfExecPhase == request.GetEvent().GetPhase() {
			return nil, errors.NewFlyteAdminErrorf(codes.AlreadyExists,
				"This phase %s was already recorded for workflow execution %v",
				wfExecPhase.String(), request.GetEvent().GetExecutionId())
		}
	}

	err = transformers.UpdateExecutionModelState(ctx, executionModel, request)
	if err != nil {
		return nil, err
	}
	err = m.db.ExecutionRepo().Update(ctx, *executionModel)
	if err != nil {
		return nil, err
	}
	return &admin.WorkflowExecutionEventResponse{}, nil
}

func NewExecutionManager(db repositoryInterfaces.Repository, workflowManager interfaces.WorkflowInterface,
	namedEntityManager interfaces.NamedEntityInterface) *ExecutionManager {
	return &ExecutionManager{db: db, workflowManager: workflowManager, namedEntityManager: namedEntityManager}
}
