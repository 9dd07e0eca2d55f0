// Package admin is a trimmed, hand-written reproduction of the generated
// flyteidl admin protobuf types (project code) used by the reproduced
// flyteadmin managers.
package admin

import (
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/event"
)

// ---- events ----

type NodeExecutionEventRequest struct {
	RequestId string
	Event     *event.NodeExecutionEvent
}

func (x *NodeExecutionEventRequest) GetRequestId() string {
	if x != nil {
		return x.RequestId
	}
	return ""
}
func (x *NodeExecutionEventRequest) GetEvent() *event.NodeExecutionEvent {
	if x != nil {
		return x.Event
	}
	return nil
}

type NodeExecutionEventResponse struct{}

type TaskExecutionEventRequest struct {
	RequestId string
	Event     *event.TaskExecutionEvent
}

func (x *TaskExecutionEventRequest) GetRequestId() string {
	if x != nil {
		return x.RequestId
	}
	return ""
}
func (x *TaskExecutionEventRequest) GetEvent() *event.TaskExecutionEvent {
	if x != nil {
		return x.Event
	}
	return nil
}

type TaskExecutionEventResponse struct{}

type WorkflowExecutionEventRequest struct {
	RequestId string
	Event     *event.WorkflowExecutionEvent
}

func (x *WorkflowExecutionEventRequest) GetRequestId() string {
	if x != nil {
		return x.RequestId
	}
	return ""
}
func (x *WorkflowExecutionEventRequest) GetEvent() *event.WorkflowExecutionEvent {
	if x != nil {
		return x.Event
	}
	return nil
}

type WorkflowExecutionEventResponse struct{}

// ---- signals ----

type SignalGetOrCreateRequest struct {
	Id   *core.SignalIdentifier
	Type *core.LiteralType
}

func (x *SignalGetOrCreateRequest) GetId() *core.SignalIdentifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *SignalGetOrCreateRequest) GetType() *core.LiteralType {
	if x != nil {
		return x.Type
	}
	return nil
}

type Signal struct {
	Id    *core.SignalIdentifier
	Type  *core.LiteralType
	Value []byte
}

// ---- named entities ----

type NamedEntityState int32

const (
	NamedEntityState_NAMED_ENTITY_ACTIVE   NamedEntityState = 0
	NamedEntityState_NAMED_ENTITY_ARCHIVED NamedEntityState = 1
	NamedEntityState_SYSTEM_GENERATED      NamedEntityState = 2
)

type NamedEntityIdentifier struct {
	Project string
	Domain  string
	Name    string
}

func (x *NamedEntityIdentifier) GetProject() string {
	if x != nil {
		return x.Project
	}
	return ""
}
func (x *NamedEntityIdentifier) GetDomain() string {
	if x != nil {
		return x.Domain
	}
	return ""
}
func (x *NamedEntityIdentifier) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}

type NamedEntityMetadata struct {
	Description string
	State       NamedEntityState
}

func (x *NamedEntityMetadata) GetDescription() string {
	if x != nil {
		return x.Description
	}
	return ""
}
func (x *NamedEntityMetadata) GetState() NamedEntityState {
	if x != nil {
		return x.State
	}
	return NamedEntityState_NAMED_ENTITY_ACTIVE
}

type NamedEntity struct {
	ResourceType core.ResourceType
	Id           *NamedEntityIdentifier
	Metadata     *NamedEntityMetadata
}

type NamedEntityUpdateRequest struct {
	ResourceType core.ResourceType
	Id           *NamedEntityIdentifier
	Metadata     *NamedEntityMetadata
}

func (x *NamedEntityUpdateRequest) GetResourceType() core.ResourceType {
	if x != nil {
		return x.ResourceType
	}
	return core.ResourceType_UNSPECIFIED
}
func (x *NamedEntityUpdateRequest) GetId() *NamedEntityIdentifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *NamedEntityUpdateRequest) GetMetadata() *NamedEntityMetadata {
	if x != nil {
		return x.Metadata
	}
	return nil
}

type NamedEntityUpdateResponse struct{}

// ---- workflows / tasks ----

type WorkflowSpec struct {
	Template *core.WorkflowTemplate
}

func (x *WorkflowSpec) GetTemplate() *core.WorkflowTemplate {
	if x != nil {
		return x.Template
	}
	return nil
}

type WorkflowCreateRequest struct {
	Id   *core.Identifier
	Spec *WorkflowSpec
}

func (x *WorkflowCreateRequest) GetId() *core.Identifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *WorkflowCreateRequest) GetSpec() *WorkflowSpec {
	if x != nil {
		return x.Spec
	}
	return nil
}

type WorkflowCreateResponse struct{}

type WorkflowClosure struct {
	CompiledWorkflow *core.WorkflowTemplate
}

type Workflow struct {
	Id      *core.Identifier
	Closure *WorkflowClosure
}

type TaskSpec struct {
	Template *core.TaskTemplate
}

func (x *TaskSpec) GetTemplate() *core.TaskTemplate {
	if x != nil {
		return x.Template
	}
	return nil
}

type TaskCreateRequest struct {
	Id   *core.Identifier
	Spec *TaskSpec
}

func (x *TaskCreateRequest) GetId() *core.Identifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *TaskCreateRequest) GetSpec() *TaskSpec {
	if x != nil {
		return x.Spec
	}
	return nil
}

type TaskCreateResponse struct{}

type TaskClosure struct {
	CompiledTask *core.TaskTemplate
}

type Task struct {
	Id      *core.Identifier
	Closure *TaskClosure
}

// ---- launch plans / schedules ----

type FixedRateUnit int32

type FixedRate struct {
	Value uint32
	Unit  FixedRateUnit
}

func (x *FixedRate) GetValue() uint32 {
	if x != nil {
		return x.Value
	}
	return 0
}
func (x *FixedRate) GetUnit() FixedRateUnit {
	if x != nil {
		return x.Unit
	}
	return 0
}

type CronSchedule struct {
	Schedule string
}

func (x *CronSchedule) GetSchedule() string {
	if x != nil {
		return x.Schedule
	}
	return ""
}

type isSchedule_ScheduleExpression interface{ isSchedule_ScheduleExpression() }

type Schedule_Rate struct{ Rate *FixedRate }
type Schedule_CronSchedule struct{ CronSchedule *CronSchedule }

func (*Schedule_Rate) isSchedule_ScheduleExpression()         {}
func (*Schedule_CronSchedule) isSchedule_ScheduleExpression() {}

type Schedule struct {
	ScheduleExpression  isSchedule_ScheduleExpression
	KickoffTimeInputArg string
}

func (x *Schedule) GetScheduleExpression() isSchedule_ScheduleExpression {
	if x != nil {
		return x.ScheduleExpression
	}
	return nil
}
func (x *Schedule) GetKickoffTimeInputArg() string {
	if x != nil {
		return x.KickoffTimeInputArg
	}
	return ""
}

type LaunchPlanMetadata struct {
	Schedule *Schedule
}

func (x *LaunchPlanMetadata) GetSchedule() *Schedule {
	if x != nil {
		return x.Schedule
	}
	return nil
}

type ConcurrencyLimitBehavior int32

const (
	ConcurrencyLimitBehavior_CONCURRENCY_LIMIT_BEHAVIOR_UNSPECIFIED ConcurrencyLimitBehavior = 0
	ConcurrencyLimitBehavior_CONCURRENCY_LIMIT_BEHAVIOR_SKIP        ConcurrencyLimitBehavior = 1
)

type ConcurrencyPolicy struct {
	Max      uint32
	Behavior ConcurrencyLimitBehavior
}

func (x *ConcurrencyPolicy) GetMax() uint32 {
	if x != nil {
		return x.Max
	}
	return 0
}
func (x *ConcurrencyPolicy) GetBehavior() ConcurrencyLimitBehavior {
	if x != nil {
		return x.Behavior
	}
	return 0
}

type LaunchPlanSpec struct {
	WorkflowId        *core.Identifier
	EntityMetadata    *LaunchPlanMetadata
	ConcurrencyPolicy *ConcurrencyPolicy
}

func (x *LaunchPlanSpec) GetWorkflowId() *core.Identifier {
	if x != nil {
		return x.WorkflowId
	}
	return nil
}
func (x *LaunchPlanSpec) GetEntityMetadata() *LaunchPlanMetadata {
	if x != nil {
		return x.EntityMetadata
	}
	return nil
}
func (x *LaunchPlanSpec) GetConcurrencyPolicy() *ConcurrencyPolicy {
	if x != nil {
		return x.ConcurrencyPolicy
	}
	return nil
}

type LaunchPlanState int32

const (
	LaunchPlanState_INACTIVE LaunchPlanState = 0
	LaunchPlanState_ACTIVE   LaunchPlanState = 1
)

type LaunchPlan struct {
	Id   *core.Identifier
	Spec *LaunchPlanSpec
}

func (x *LaunchPlan) GetId() *core.Identifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *LaunchPlan) GetSpec() *LaunchPlanSpec {
	if x != nil {
		return x.Spec
	}
	return nil
}

type LaunchPlanCreateRequest struct {
	Id   *core.Identifier
	Spec *LaunchPlanSpec
}

func (x *LaunchPlanCreateRequest) GetId() *core.Identifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *LaunchPlanCreateRequest) GetSpec() *LaunchPlanSpec {
	if x != nil {
		return x.Spec
	}
	return nil
}

type LaunchPlanCreateResponse struct{}

type LaunchPlanUpdateRequest struct {
	Id    *core.Identifier
	State LaunchPlanState
}

func (x *LaunchPlanUpdateRequest) GetId() *core.Identifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *LaunchPlanUpdateRequest) GetState() LaunchPlanState {
	if x != nil {
		return x.State
	}
	return LaunchPlanState_INACTIVE
}

type LaunchPlanUpdateResponse struct{}

// ---- executions ----

type ExecutionSpec struct {
	LaunchPlan *core.Identifier
}

func (x *ExecutionSpec) GetLaunchPlan() *core.Identifier {
	if x != nil {
		return x.LaunchPlan
	}
	return nil
}

type ExecutionCreateRequest struct {
	Project string
	Domain  string
	Name    string
	Spec    *ExecutionSpec
}

func (x *ExecutionCreateRequest) GetProject() string {
	if x != nil {
		return x.Project
	}
	return ""
}
func (x *ExecutionCreateRequest) GetDomain() string {
	if x != nil {
		return x.Domain
	}
	return ""
}
func (x *ExecutionCreateRequest) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}
func (x *ExecutionCreateRequest) GetSpec() *ExecutionSpec {
	if x != nil {
		return x.Spec
	}
	return nil
}

type ExecutionCreateResponse struct {
	Id *core.WorkflowExecutionIdentifier
}

// ---- matchable attributes ----

type MatchableResource int32

const (
	MatchableResource_TASK_RESOURCE                    MatchableResource = 0
	MatchableResource_CLUSTER_RESOURCE                 MatchableResource = 1
	MatchableResource_EXECUTION_QUEUE                  MatchableResource = 2
	MatchableResource_EXECUTION_CLUSTER_LABEL          MatchableResource = 3
	MatchableResource_QUALITY_OF_SERVICE_SPECIFICATION MatchableResource = 4
	MatchableResource_PLUGIN_OVERRIDE                  MatchableResource = 5
)

var MatchableResource_name = map[int32]string{0: "TASK_RESOURCE", 1: "CLUSTER_RESOURCE", 2: "EXECUTION_QUEUE",
	3: "EXECUTION_CLUSTER_LABEL", 4: "QUALITY_OF_SERVICE_SPECIFICATION", 5: "PLUGIN_OVERRIDE"}

func (x MatchableResource) String() string { return MatchableResource_name[int32(x)] }

type PluginOverride struct {
	TaskType string
	PluginId []string
}

type PluginOverrides struct {
	Overrides []*PluginOverride
}

type MatchingAttributes struct {
	PluginOverrides *PluginOverrides
	ExecutionQueue  []string
}

func (x *MatchingAttributes) GetPluginOverrides() *PluginOverrides {
	if x != nil {
		return x.PluginOverrides
	}
	return nil
}

type WorkflowAttributes struct {
	Project            string
	Domain             string
	Workflow           string
	MatchingAttributes *MatchingAttributes
}

func (x *WorkflowAttributes) GetMatchingAttributes() *MatchingAttributes {
	if x != nil {
		return x.MatchingAttributes
	}
	return nil
}

type WorkflowAttributesUpdateRequest struct{ Attributes *WorkflowAttributes }

func (x *WorkflowAttributesUpdateRequest) GetAttributes() *WorkflowAttributes {
	if x != nil {
		return x.Attributes
	}
	return nil
}

type WorkflowAttributesUpdateResponse struct{}

type ProjectDomainAttributes struct {
	Project            string
	Domain             string
	MatchingAttributes *MatchingAttributes
}

func (x *ProjectDomainAttributes) GetProject() string {
	if x != nil {
		return x.Project
	}
	return ""
}
func (x *ProjectDomainAttributes) GetDomain() string {
	if x != nil {
		return x.Domain
	}
	return ""
}
func (x *ProjectDomainAttributes) GetMatchingAttributes() *MatchingAttributes {
	if x != nil {
		return x.MatchingAttributes
	}
	return nil
}

type ProjectDomainAttributesUpdateRequest struct{ Attributes *ProjectDomainAttributes }

func (x *ProjectDomainAttributesUpdateRequest) GetAttributes() *ProjectDomainAttributes {
	if x != nil {
		return x.Attributes
	}
	return nil
}

type ProjectDomainAttributesUpdateResponse struct{}

type ProjectAttributes struct {
	Project            string
	MatchingAttributes *MatchingAttributes
}

func (x *ProjectAttributes) GetMatchingAttributes() *MatchingAttributes {
	if x != nil {
		return x.MatchingAttributes
	}
	return nil
}

type ProjectAttributesUpdateRequest struct{ Attributes *ProjectAttributes }

func (x *ProjectAttributesUpdateRequest) GetAttributes() *ProjectAttributes {
	if x != nil {
		return x.Attributes
	}
	return nil
}

type ProjectAttributesUpdateResponse struct{}

func (x *PluginOverrides) GetOverrides() []*PluginOverride {
	if x != nil {
		return x.Overrides
	}
	return nil
}
