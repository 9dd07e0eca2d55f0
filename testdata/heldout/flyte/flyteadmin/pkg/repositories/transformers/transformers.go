// Package transformers reproduces (heavily trimmed) flyteadmin/pkg/repositories/transformers:
// request <-> model conversions. encoding/json stands in for proto.Marshal of
// the specs and closures; none of this takes part in the catalogued races.
package transformers

import (
	"context"
	"encoding/json"
	"time"

	"example.com/heldout/flyte/flyteadmin/pkg/repositories/interfaces"
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
)

// ---- node executions (node_execution.go) ----

type ToNodeExecutionModelInput struct {
	Request                      *admin.NodeExecutionEventRequest
	ParentTaskExecutionID        *uint
	ParentID                     *uint
	DynamicWorkflowRemoteClosure string
}

func CreateNodeExecutionModel(ctx context.Context, input ToNodeExecutionModelInput) (*models.NodeExecution, error) {
	now := time.Now()
	nodeExecution := &models.NodeExecution{
		NodeExecutionKey: models.NodeExecutionKey{
			NodeID: input.Request.GetEvent().GetId().GetNodeId(),
			ExecutionKey: models.ExecutionKey{
				Project: input.Request.GetEvent().GetId().GetExecutionId().GetProject(),
				Domain:  input.Request.GetEvent().GetId().GetExecutionId().GetDomain(),
				Name:    input.Request.GetEvent().GetId().GetExecutionId().GetName(),
			},
		},
		Phase:                                 input.Request.GetEvent().GetPhase().String(),
		InputURI:                              input.Request.GetEvent().GetInputUri(),
		NodeExecutionCreatedAt:                &now,
		NodeExecutionUpdatedAt:                &now,
		ParentID:                              input.ParentID,
		ParentTaskExecutionID:                 input.ParentTaskExecutionID,
		DynamicWorkflowRemoteClosureReference: input.DynamicWorkflowRemoteClosure,
	}
	return nodeExecution, nil
}

func UpdateNodeExecutionModel(ctx context.Context, request *admin.NodeExecutionEventRequest, nodeExecutionModel *models.NodeExecution,
	dynamicWorkflowRemoteClosure string) error {
	now := time.Now()
	nodeExecutionModel.Phase = request.GetEvent().GetPhase().String()
	nodeExecutionModel.NodeExecutionUpdatedAt = &now
	if dynamicWorkflowRemoteClosure != "" {
		nodeExecutionModel.DynamicWorkflowRemoteClosureReference = dynamicWorkflowRemoteClosure
	}
	return nil
}

// ---- task executions (task_execution.go) ----

type CreateTaskExecutionModelInput struct {
	Request *admin.TaskExecutionEventRequest
}

func CreateTaskExecutionModel(ctx context.Context, input CreateTaskExecutionModelInput) (*models.TaskExecution, error) {
	now := time.Now()
	retryAttempt := input.Request.GetEvent().GetRetryAttempt()
	taskExecution := &models.TaskExecution{
		TaskExecutionKey: models.TaskExecutionKey{
			TaskKey: models.TaskKey{
				Project: input.Request.GetEvent().GetTaskId().GetProject(),
				Domain:  input.Request.GetEvent().GetTaskId().GetDomain(),
				Name:    input.Request.GetEvent().GetTaskId().GetName(),
				Version: input.Request.GetEvent().GetTaskId().GetVersion(),
			},
			NodeExecutionKey: models.NodeExecutionKey{
				NodeID: input.Request.GetEvent().GetParentNodeExecutionId().GetNodeId(),
				ExecutionKey: models.ExecutionKey{
					Project: input.Request.GetEvent().GetParentNodeExecutionId().GetExecutionId().GetProject(),
					Domain:  input.Request.GetEvent().GetParentNodeExecutionId().GetExecutionId().GetDomain(),
					Name:    input.Request.GetEvent().GetParentNodeExecutionId().GetExecutionId().GetName(),
				},
			},
			RetryAttempt: &retryAttempt,
		},
		Phase:                  input.Request.GetEvent().GetPhase().String(),
		PhaseVersion:           input.Request.GetEvent().GetPhaseVersion(),
		InputURI:               input.Request.GetEvent().GetInputUri(),
		TaskExecutionCreatedAt: &now,
		TaskExecutionUpdatedAt: &now,
	}
	return taskExecution, nil
}

func UpdateTaskExecutionModel(ctx context.Context, request *admin.TaskExecutionEventRequest, taskExecutionModel *models.TaskExecution) error {
	now := time.Now()
	taskExecutionModel.Phase = request.GetEvent().GetPhase().String()
	taskExecutionModel.PhaseVersion = request.GetEvent().GetPhaseVersion()
	taskExecutionModel.TaskExecutionUpdatedAt = &now
	return nil
}

// ---- executions (execution.go) ----

func UpdateExecutionModelState(ctx context.Context, executionModel *models.Execution, request *admin.WorkflowExecutionEventRequest) error {
	now := time.Now()
	executionModel.Phase = request.GetEvent().GetPhase().String()
	executionModel.ExecutionUpdatedAt = &now
	return nil
}

// ---- signals (signal.go) ----

func CreateSignalModel(signalID *core.SignalIdentifier, signalType *core.LiteralType, signalValue []byte) (models.Signal, error) {
	signalModel := models.Signal{}
	if signalID != nil {
		signalKey := &signalModel.SignalKey
		if signalID.GetExecutionId() != nil {
			executionKey := &signalKey.ExecutionKey
			if len(signalID.GetExecutionId().GetProject()) > 0 {
				executionKey.Project = signalID.GetExecutionId().GetProject()
			}
			if len(signalID.GetExecutionId().GetDomain()) > 0 {
				executionKey.Domain = signalID.GetExecutionId().GetDomain()
			}
			if len(signalID.GetExecutionId().GetName()) > 0 {
				executionKey.Name = signalID.GetExecutionId().GetName()
			}
		}

		if len(signalID.GetSignalId()) > 0 {
			signalKey.SignalID = signalID.GetSignalId()
		}
	}

	if signalType != nil {
		typeBytes, err := json.Marshal(signalType)
		if err != nil {
			return models.Signal{}, err
		}

		signalModel.Type = typeBytes
	}

	if signalValue != nil {
		signalModel.Value = signalValue
	}

	return signalModel, nil
}

func FromSignalModel(signalModel models.Signal) (*admin.Signal, error) {
	return &admin.Signal{
		Id: &core.SignalIdentifier{
			SignalId: signalModel.SignalID,
			ExecutionId: &core.WorkflowExecutionIdentifier{
				Project: signalModel.Project,
				Domain:  signalModel.Domain,
				Name:    signalModel.Name,
			},
		},
		Value: signalModel.Value,
	}, nil
}

// ---- named entities (named_entity.go) ----

func CreateNamedEntityModel(request *admin.NamedEntityUpdateRequest) models.NamedEntity {
	stateInt := int32(request.GetMetadata().GetState())
	return models.NamedEntity{
		NamedEntityKey: models.NamedEntityKey{
			ResourceType: request.GetResourceType(),
			Project:      request.GetId().GetProject(),
			Domain:       request.GetId().GetDomain(),
			Name:         request.GetId().GetName(),
		},
		NamedEntityMetadataFields: models.NamedEntityMetadataFields{
			Description: request.GetMetadata().GetDescription(),
			State:       &stateInt,
		},
	}
}

func FromNamedEntityModel(model models.NamedEntity) admin.NamedEntity {
	return admin.NamedEntity{
		ResourceType: model.ResourceType,
		Id: &admin.NamedEntityIdentifier{
			Project: model.Project,
			Domain:  model.Domain,
			Name:    model.Name,
		},
		Metadata: &admin.NamedEntityMetadata{Description: model.Description},
	}
}

// ---- workflows / tasks ----

func CreateWorkflowModel(request *admin.WorkflowCreateRequest, remoteClosureIdentifier string,
	digest []byte) (models.Workflow, error) {
	return models.Workflow{
		WorkflowKey: models.WorkflowKey{
			Project: request.GetId().GetProject(),
			Domain:  request.GetId().GetDomain(),
			Name:    request.GetId().GetName(),
			Version: request.GetId().GetVersion(),
		},
		RemoteClosureIdentifier: remoteClosureIdentifier,
		Digest:                  digest,
	}, nil
}

func FromWorkflowModel(workflowModel models.Workflow) (admin.Workflow, error) {
	return admin.Workflow{
		Id: &core.Identifier{
			ResourceType: core.ResourceType_WORKFLOW,
			Project:      workflowModel.Project,
			Domain:       workflowModel.Domain,
			Name:         workflowModel.Name,
			Version:      workflowModel.Version,
		},
		Closure: &admin.WorkflowClosure{},
	}, nil
}

func CreateTaskModel(request *admin.TaskCreateRequest, taskClosure *admin.TaskClosure, digest []byte) (models.Task, error) {
	closureBytes, err := json.Marshal(taskClosure)
	if err != nil {
		return models.Task{}, err
	}
	return models.Task{
		TaskKey: models.TaskKey{
			Project: request.GetId().GetProject(),
			Domain:  request.GetId().GetDomain(),
			Name:    request.GetId().GetName(),
			Version: request.GetId().GetVersion(),
		},
		Closure: closureBytes,
		Digest:  digest,
		Type:    request.GetSpec().GetTemplate().Type,
	}, nil
}

func FromTaskModel(taskModel models.Task) (admin.Task, error) {
	taskClosure := &admin.TaskClosure{}
	if err := json.Unmarshal(taskModel.Closure, taskClosure); err != nil {
		return admin.Task{}, err
	}
	return admin.Task{
		Id: &core.Identifier{
			ResourceType: core.ResourceType_TASK,
			Project:      taskModel.Project,
			Domain:       taskModel.Domain,
			Name:         taskModel.Name,
			Version:      taskModel.Version,
		},
		Closure: taskClosure,
	}, nil
}

// ---- launch plans (launch_plan.go) ----

func CreateLaunchPlan(request *admin.LaunchPlanCreateRequest, expectedOutputs map[string]string) *admin.LaunchPlan {
	return &admin.LaunchPlan{
		Id:   request.GetId(),
		Spec: request.GetSpec(),
	}
}

func CreateLaunchPlanModel(
	launchPlan *admin.LaunchPlan,
	workflowRepoID uint,
	digest []byte,
	initState admin.LaunchPlanState) (models.LaunchPlan, error) {
	spec, err := json.Marshal(launchPlan.GetSpec())
	if err != nil {
		return models.LaunchPlan{}, err
	}
	state := int32(initState)
	scheduleType := models.LaunchPlanScheduleTypeNONE
	if launchPlan.GetSpec().GetEntityMetadata().GetSchedule() != nil {
		scheduleType = models.LaunchPlanScheduleTypeCRON
	}
	return models.LaunchPlan{
		LaunchPlanKey: models.LaunchPlanKey{
			Project: launchPlan.GetId().GetProject(),
			Domain:  launchPlan.GetId().GetDomain(),
			Name:    launchPlan.GetId().GetName(),
			Version: launchPlan.GetId().GetVersion(),
		},
		Spec:         spec,
		State:        &state,
		Closure:      []byte("{}"),
		WorkflowID:   workflowRepoID,
		Digest:       digest,
		ScheduleType: scheduleType,
	}, nil
}

func FromLaunchPlanModel(model models.LaunchPlan) (*admin.LaunchPlan, error) {
	spec := &admin.LaunchPlanSpec{}
	if err := json.Unmarshal(model.Spec, spec); err != nil {
		return nil, err
	}
	return &admin.LaunchPlan{
		Id: &core.Identifier{
			ResourceType: core.ResourceType_LAUNCH_PLAN,
			Project:      model.Project,
			Domain:       model.Domain,
			Name:         model.Name,
			Version:      model.Version,
		},
		Spec: spec,
	}, nil
}

// ---- resources (resource.go) ----

func WorkflowAttributesToResourceModel(attributes *admin.WorkflowAttributes, resource admin.MatchableResource) (models.Resource, error) {
	attributeBytes, err := json.Marshal(attributes.GetMatchingAttributes())
	if err != nil {
		return models.Resource{}, err
	}
	return models.Resource{
		Project:      attributes.Project,
		Domain:       attributes.Domain,
		Workflow:     attributes.Workflow,
		ResourceType: resource.String(),
		Priority:     models.ResourcePriorityWorkflowLevel,
		Attributes:   attributeBytes,
	}, nil
}

func ProjectDomainAttributesToResourceModel(attributes *admin.ProjectDomainAttributes, resource admin.MatchableResource) (models.Resource, error) {
	attributeBytes, err := json.Marshal(attributes.GetMatchingAttributes())
	if err != nil {
		return models.Resource{}, err
	}
	return models.Resource{
		Project:      attributes.Project,
		Domain:       attributes.Domain,
		ResourceType: resource.String(),
		Priority:     models.ResourcePriorityProjectDomainLevel,
		Attributes:   attributeBytes,
	}, nil
}

func ProjectAttributesToResourceModel(attributes *admin.ProjectAttributes, resource admin.MatchableResource) (models.Resource, error) {
	attributeBytes, err := json.Marshal(attributes.GetMatchingAttributes())
	if err != nil {
		return models.Resource{}, err
	}
	return models.Resource{
		Project:      attributes.Project,
		ResourceType: resource.String(),
		Priority:     models.ResourcePriorityProjectLevel,
		Attributes:   attributeBytes,
	}, nil
}

func mergeUpdatePluginOverrides(existing *admin.MatchingAttributes, updated *admin.MatchingAttributes) *admin.MatchingAttributes {
	merged := map[string]*admin.PluginOverride{}
	for _, o := range existing.GetPluginOverrides().GetOverrides() {
		merged[o.TaskType] = o
	}
	for _, o := range updated.GetPluginOverrides().GetOverrides() {
		merged[o.TaskType] = o
	}
	overrides := make([]*admin.PluginOverride, 0, len(merged))
	for _, o := range merged {
		overrides = append(overrides, o)
	}
	return &admin.MatchingAttributes{PluginOverrides: &admin.PluginOverrides{Overrides: overrides}}
}

func MergeUpdatePluginAttributes(ctx context.Context, model models.Resource, resource admin.MatchableResource,
	resourceID *interfaces.ResourceID, matchingAttributes *admin.MatchingAttributes) (models.Resource, error) {
	existing := &admin.MatchingAttributes{}
	if err := json.Unmarshal(model.Attributes, existing); err != nil {
		return models.Resource{}, err
	}
	marshaledAttributes, err := json.Marshal(mergeUpdatePluginOverrides(existing, matchingAttributes))
	if err != nil {
		return models.Resource{}, err
	}
	return models.Resource{
		ID:           model.ID,
		Project:      resourceID.Project,
		Domain:       resourceID.Domain,
		Workflow:     resourceID.Workflow,
		LaunchPlan:   resourceID.LaunchPlan,
		ResourceType: resourceID.ResourceType,
		Priority:     model.Priority,
		Attributes:   marshaledAttributes,
	}, nil
}

func MergeUpdateWorkflowAttributes(ctx context.Context, model models.Resource, resource admin.MatchableResource,
	resourceID *interfaces.ResourceID, workflowAttributes *admin.WorkflowAttributes) (models.Resource, error) {
	return MergeUpdatePluginAttributes(ctx, model, resource, resourceID, workflowAttributes.GetMatchingAttributes())
}
