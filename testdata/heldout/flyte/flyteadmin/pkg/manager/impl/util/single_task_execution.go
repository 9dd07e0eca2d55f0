package util

import (
	"context"
	"fmt"

	"example.com/heldout/flyte/flyteadmin/pkg/errors"
	"example.com/heldout/flyte/flyteadmin/pkg/manager/interfaces"
	repositoryInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

const systemNamePrefix = ".flytegen.%s"

func generateWorkflowNameFromTask(taskName string) string {
	return fmt.Sprintf(systemNamePrefix, taskName)
}

// CreateOrGetWorkflowModel reproduces single_task_execution.go:70 (lookup :81,
// create :126 via WorkflowManager.CreateWorkflow, AlreadyExists ignored :133).
func CreateOrGetWorkflowModel(
	ctx context.Context, request *admin.ExecutionCreateRequest, db repositoryInterfaces.Repository,
	workflowManager interfaces.WorkflowInterface, namedEntityManager interfaces.NamedEntityInterface, taskIdentifier *core.Identifier,
	task *admin.Task) (*models.Workflow, error) {
	workflowIdentifier := core.Identifier{
		ResourceType: core.ResourceType_WORKFLOW,
		Project:      taskIdentifier.GetProject(),
		Domain:       taskIdentifier.GetDomain(),
		Name:         generateWorkflowNameFromTask(taskIdentifier.GetName()),
		Version:      taskIdentifier.GetVersion(),
	}
	workflowModel, err := db.WorkflowRepo().Get(ctx, repositoryInterfaces.Identifier{ // safe: a concurrent creator's insert makes CreateWorkflow fail with AlreadyExists (identical-structure pre-check or the workflows PK violation mapped to AlreadyExists), which is ignored below before the row is re-read
		Project: workflowIdentifier.GetProject(),
		Domain:  workflowIdentifier.GetDomain(),
		Name:    workflowIdentifier.GetName(),
		Version: workflowIdentifier.GetVersion(),
	})

	if err != nil {
		if ferr, ok := err.(errors.FlyteAdminError); !ok || ferr.Code() != codes.NotFound {
			return nil, err
		}
		// If we got this far, there is no existing workflow. Create a skeleton one now.
		workflowSpec := admin.WorkflowSpec{
			Template: &core.WorkflowTemplate{
				Id:        &workflowIdentifier,
				Interface: task.Closure.CompiledTask.GetInterface(),
			},
		}

		_, err = workflowManager.CreateWorkflow(ctx, &admin.WorkflowCreateRequest{
			Id:   &workflowIdentifier,
			Spec: &workflowSpec,
		})
		if err != nil {
			// In the case of race conditions, if the workflow already exists we can safely ignore the corresponding
			// error.
			if ferr, ok := err.(errors.FlyteAdminError); !ok || ferr.Code() != codes.AlreadyExists {
				return nil, err
			}
		}
		// Now, set the newly created skeleton workflow to 'SYSTEM_GENERATED'.
		// (NamedEntityRepo.Update below is itself a get-or-create, catalogued separately.)
		_, err = namedEntityManager.UpdateNamedEntity(ctx, &admin.NamedEntityUpdateRequest{
			ResourceType: core.ResourceType_WORKFLOW,
			Id: &admin.NamedEntityIdentifier{
				Project: workflowIdentifier.GetProject(),
				Domain:  workflowIdentifier.GetDomain(),
				Name:    workflowIdentifier.GetName(),
			},
			Metadata: &admin.NamedEntityMetadata{State: admin.NamedEntityState_SYSTEM_GENERATED},
		})
		if err != nil {
			return nil, err
		}
		workflowModel, err = db.WorkflowRepo().Get(ctx, repositoryInterfaces.Identifier{
			Project: workflowIdentifier.GetProject(),
			Domain:  workflowIdentifier.GetDomain(),
			Name:    workflowIdentifier.GetName(),
			Version: workflowIdentifier.GetVersion(),
		})
		if err != nil {
			// This is unexpected - at this point we've successfully just created the skeleton workflow.
			return nil, err
		}
	}

	return &workflowModel, nil
}

// CreateOrGetLaunchPlan reproduces single_task_execution.go:167 (lookup :179,
// create :224).
func CreateOrGetLaunchPlan(ctx context.Context,
	db repositoryInterfaces.Repository, namedEntityManager interfaces.NamedEntityInterface, taskIdentifier *core.Identifier,
	workflowInterface *core.TypedInterface, workflowID uint, spec *admin.ExecutionSpec) (*admin.LaunchPlan, error) {
	var launchPlan *admin.LaunchPlan
	var err error
	launchPlanIdentifier := &core.Identifier{
		ResourceType: core.ResourceType_LAUNCH_PLAN,
		Project:      taskIdentifier.GetProject(),
		Domain:       taskIdentifier.GetDomain(),
		Name:         generateWorkflowNameFromTask(taskIdentifier.GetName()),
		Version:      taskIdentifier.GetVersion(),
	}
	// GetLaunchPlan -> LaunchPlanRepo.Get (Take); on NotFound a skeleton launch plan is inserted with
	// LaunchPlanRepo.Create, whose error is returned as is. Two first executions of one task version
	// both miss; the loser's INSERT violates the launch_plans PRIMARY KEY (project, domain, name,
	// version) and its CreateExecution fails, where run in sequence it would have found the row.
	launchPlan, err = GetLaunchPlan(ctx, db, launchPlanIdentifier) // race
	if err != nil {
		if ferr, ok := err.(errors.FlyteAdminError); !ok || ferr.Code() != codes.NotFound {
			return nil, err
		}

		// Create launch plan.
		generatedCreateLaunchPlanReq := &admin.LaunchPlanCreateRequest{
			Id: launchPlanIdentifier,
			Spec: &admin.LaunchPlanSpec{
				WorkflowId: &core.Identifier{
					ResourceType: core.ResourceType_WORKFLOW,
					Project:      taskIdentifier.GetProject(),
					Domain:       taskIdentifier.GetDomain(),
					Name:         taskIdentifier.GetName(),
					Version:      taskIdentifier.GetVersion(),
				},
				EntityMetadata: &admin.LaunchPlanMetadata{},
			},
		}
		transformedLaunchPlan := transformers.CreateLaunchPlan(generatedCreateLaunchPlanReq, workflowInterface.Outputs)
		launchPlan = transformedLaunchPlan
		launchPlanDigest, err := GetLaunchPlanDigest(ctx, launchPlan)
		if err != nil {
			return nil, err
		}
		launchPlanModel, err :=
			transformers.CreateLaunchPlanModel(launchPlan, workflowID, launchPlanDigest, admin.LaunchPlanState_INACTIVE)
		if err != nil {
			return nil, err
		}
		err = db.LaunchPlanRepo().Create(ctx, launchPlanModel)
		if err != nil {
			return nil, err
		}
		_, err = namedEntityManager.UpdateNamedEntity(ctx, &admin.NamedEntityUpdateRequest{
			ResourceType: core.ResourceType_LAUNCH_PLAN,
			Id: &admin.NamedEntityIdentifier{
				Project: launchPlan.GetId().GetProject(),
				Domain:  launchPlan.GetId().GetDomain(),
				Name:    launchPlan.GetId().GetName(),
			},
			Metadata: &admin.NamedEntityMetadata{State: admin.NamedEntityState_SYSTEM_GENERATED},
		})
		if err != nil {
			return nil, err
		}
	}

	return launchPlan, nil
}
