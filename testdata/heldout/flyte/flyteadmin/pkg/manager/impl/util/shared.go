// Package util reproduces (trimmed) flyteadmin/pkg/manager/impl/util.
package util

import (
	"context"

	"example.com/heldout/flyte/flyteadmin/pkg/errors"
	repoInterfaces "example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/transformers"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/pkg/grpc/codes"
)

// shared.go:46
func GetWorkflowModel(
	ctx context.Context, repo repoInterfaces.Repository, identifier *core.Identifier) (models.Workflow, error) {
	workflowModel, err := (repo).WorkflowRepo().Get(ctx, repoInterfaces.Identifier{
		Project: identifier.GetProject(),
		Domain:  identifier.GetDomain(),
		Name:    identifier.GetName(),
		Version: identifier.GetVersion(),
	})
	if err != nil {
		return models.Workflow{}, err
	}
	return workflowModel, nil
}

// shared.go:95
func GetLaunchPlanModel(
	ctx context.Context, repo repoInterfaces.Repository, identifier *core.Identifier) (models.LaunchPlan, error) {
	launchPlanModel, err := (repo).LaunchPlanRepo().Get(ctx, repoInterfaces.Identifier{
		Project: identifier.GetProject(),
		Domain:  identifier.GetDomain(),
		Name:    identifier.GetName(),
		Version: identifier.GetVersion(),
	})
	if err != nil {
		return models.LaunchPlan{}, err
	}
	return launchPlanModel, nil
}

// shared.go:109
func GetLaunchPlan(
	ctx context.Context, repo repoInterfaces.Repository, identifier *core.Identifier) (*admin.LaunchPlan, error) {
	launchPlanModel, err := GetLaunchPlanModel(ctx, repo, identifier)
	if err != nil {
		return nil, err
	}
	return transformers.FromLaunchPlanModel(launchPlanModel)
}

// shared.go:118
func GetNamedEntityModel(
	ctx context.Context, repo repoInterfaces.Repository, resourceType core.ResourceType, identifier *admin.NamedEntityIdentifier) (models.NamedEntity, error) {
	metadataModel, err := (repo).NamedEntityRepo().Get(ctx, repoInterfaces.GetNamedEntityInput{
		ResourceType: resourceType,
		Project:      identifier.GetProject(),
		Domain:       identifier.GetDomain(),
		Name:         identifier.GetName(),
	})
	if err != nil {
		return models.NamedEntity{}, err
	}
	return metadataModel, nil
}

// shared.go:132
func GetNamedEntity(
	ctx context.Context, repo repoInterfaces.Repository, resourceType core.ResourceType, identifier *admin.NamedEntityIdentifier) (*admin.NamedEntity, error) {
	metadataModel, err := GetNamedEntityModel(ctx, repo, resourceType, identifier)
	if err != nil {
		return nil, err
	}
	metadata := transformers.FromNamedEntityModel(metadataModel)
	return &metadata, nil
}

// shared.go:236
func GetTaskModel(ctx context.Context, repo repoInterfaces.Repository, taskIdentifier *core.Identifier) (
	*models.Task, error) {
	taskModel, err := repo.TaskRepo().Get(ctx, repoInterfaces.Identifier{
		Project: taskIdentifier.GetProject(),
		Domain:  taskIdentifier.GetDomain(),
		Name:    taskIdentifier.GetName(),
		Version: taskIdentifier.GetVersion(),
	})

	if err != nil {
		return nil, err
	}
	return &taskModel, nil
}

// shared.go:251
func GetTaskExecutionModel(
	ctx context.Context, repo repoInterfaces.Repository, taskExecutionID *core.TaskExecutionIdentifier) (*models.TaskExecution, error) {
	taskExecutionModel, err := repo.TaskExecutionRepo().Get(ctx, repoInterfaces.GetTaskExecutionInput{
		TaskExecutionID: taskExecutionID,
	})
	if err != nil {
		return nil, err
	}
	return &taskExecutionModel, nil
}

func GetNodeExecutionModel(ctx context.Context, repo repoInterfaces.Repository, nodeExecutionIdentifier *core.NodeExecutionIdentifier) (
	*models.NodeExecution, error) {
	nodeExecutionModel, err := repo.NodeExecutionRepo().Get(ctx, repoInterfaces.NodeExecutionResource{
		NodeExecutionIdentifier: nodeExecutionIdentifier,
	})

	if err != nil {
		return nil, err
	}
	return &nodeExecutionModel, nil
}

func GetExecutionModel(
	ctx context.Context, repo repoInterfaces.Repository, identifier *core.WorkflowExecutionIdentifier) (
	*models.Execution, error) {
	executionModel, err := repo.ExecutionRepo().Get(ctx, repoInterfaces.Identifier{
		Project: identifier.GetProject(),
		Domain:  identifier.GetDomain(),
		Name:    identifier.GetName(),
	})
	if err != nil {
		return nil, err
	}
	return &executionModel, nil
}

// digests.go (the name/version stands in for the proto hash)
func GetLaunchPlanDigest(ctx context.Context, launchPlan *admin.LaunchPlan) ([]byte, error) {
	if launchPlan == nil {
		return nil, errors.NewFlyteAdminError(codes.InvalidArgument, "nil launch plan")
	}
	return []byte(launchPlan.GetId().GetName() + "/" + launchPlan.GetId().GetVersion()), nil
}

func GetWorkflowDigest(ctx context.Context, workflowClosure *core.WorkflowTemplate) ([]byte, error) {
	return []byte(workflowClosure.GetId().GetName()), nil
}

func GetTaskDigest(ctx context.Context, task *core.TaskTemplate) ([]byte, error) {
	return []byte(task.GetId().GetName()), nil
}
