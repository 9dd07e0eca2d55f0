// Package core is a trimmed, hand-written reproduction of the generated
// flyteidl core protobuf types (project code, flyteidl/gen/pb-go/flyteidl/core)
// that the reproduced flyteadmin code touches. Getters are nil-safe as in the
// generated code.
package core

type ResourceType int32

const (
	ResourceType_UNSPECIFIED ResourceType = 0
	ResourceType_TASK        ResourceType = 1
	ResourceType_WORKFLOW    ResourceType = 2
	ResourceType_LAUNCH_PLAN ResourceType = 3
	ResourceType_DATASET     ResourceType = 4
)

var ResourceType_name = map[int32]string{0: "UNSPECIFIED", 1: "TASK", 2: "WORKFLOW", 3: "LAUNCH_PLAN", 4: "DATASET"}

func (x ResourceType) String() string { return ResourceType_name[int32(x)] }

type Identifier struct {
	ResourceType ResourceType
	Project      string
	Domain       string
	Name         string
	Version      string
}

func (x *Identifier) GetResourceType() ResourceType {
	if x != nil {
		return x.ResourceType
	}
	return ResourceType_UNSPECIFIED
}
func (x *Identifier) GetProject() string {
	if x != nil {
		return x.Project
	}
	return ""
}
func (x *Identifier) GetDomain() string {
	if x != nil {
		return x.Domain
	}
	return ""
}
func (x *Identifier) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}
func (x *Identifier) GetVersion() string {
	if x != nil {
		return x.Version
	}
	return ""
}

type WorkflowExecutionIdentifier struct {
	Project string
	Domain  string
	Name    string
}

func (x *WorkflowExecutionIdentifier) GetProject() string {
	if x != nil {
		return x.Project
	}
	return ""
}
func (x *WorkflowExecutionIdentifier) GetDomain() string {
	if x != nil {
		return x.Domain
	}
	return ""
}
func (x *WorkflowExecutionIdentifier) GetName() string {
	if x != nil {
		return x.Name
	}
	return ""
}

type NodeExecutionIdentifier struct {
	NodeId      string
	ExecutionId *WorkflowExecutionIdentifier
}

func (x *NodeExecutionIdentifier) GetNodeId() string {
	if x != nil {
		return x.NodeId
	}
	return ""
}
func (x *NodeExecutionIdentifier) GetExecutionId() *WorkflowExecutionIdentifier {
	if x != nil {
		return x.ExecutionId
	}
	return nil
}

type TaskExecutionIdentifier struct {
	TaskId          *Identifier
	NodeExecutionId *NodeExecutionIdentifier
	RetryAttempt    uint32
}

func (x *TaskExecutionIdentifier) GetTaskId() *Identifier {
	if x != nil {
		return x.TaskId
	}
	return nil
}
func (x *TaskExecutionIdentifier) GetNodeExecutionId() *NodeExecutionIdentifier {
	if x != nil {
		return x.NodeExecutionId
	}
	return nil
}
func (x *TaskExecutionIdentifier) GetRetryAttempt() uint32 {
	if x != nil {
		return x.RetryAttempt
	}
	return 0
}

type SignalIdentifier struct {
	SignalId    string
	ExecutionId *WorkflowExecutionIdentifier
}

func (x *SignalIdentifier) GetSignalId() string {
	if x != nil {
		return x.SignalId
	}
	return ""
}
func (x *SignalIdentifier) GetExecutionId() *WorkflowExecutionIdentifier {
	if x != nil {
		return x.ExecutionId
	}
	return nil
}

// LiteralType is opaque here (serialized into signals.type).
type LiteralType struct {
	Simple int32
}

type NodeExecution_Phase int32

const (
	NodeExecution_UNDEFINED NodeExecution_Phase = 0
	NodeExecution_QUEUED    NodeExecution_Phase = 1
	NodeExecution_RUNNING   NodeExecution_Phase = 2
	NodeExecution_SUCCEEDED NodeExecution_Phase = 3
	NodeExecution_FAILING   NodeExecution_Phase = 4
	NodeExecution_FAILED    NodeExecution_Phase = 5
	NodeExecution_ABORTED   NodeExecution_Phase = 6
)

var NodeExecution_Phase_name = map[int32]string{0: "UNDEFINED", 1: "QUEUED", 2: "RUNNING", 3: "SUCCEEDED", 4: "FAILING", 5: "FAILED", 6: "ABORTED"}
var NodeExecution_Phase_value = map[string]int32{"UNDEFINED": 0, "QUEUED": 1, "RUNNING": 2, "SUCCEEDED": 3, "FAILING": 4, "FAILED": 5, "ABORTED": 6}

func (x NodeExecution_Phase) String() string { return NodeExecution_Phase_name[int32(x)] }

type TaskExecution_Phase int32

const (
	TaskExecution_UNDEFINED TaskExecution_Phase = 0
	TaskExecution_QUEUED    TaskExecution_Phase = 1
	TaskExecution_RUNNING   TaskExecution_Phase = 2
	TaskExecution_SUCCEEDED TaskExecution_Phase = 3
	TaskExecution_ABORTED   TaskExecution_Phase = 4
	TaskExecution_FAILED    TaskExecution_Phase = 5
)

var TaskExecution_Phase_name = map[int32]string{0: "UNDEFINED", 1: "QUEUED", 2: "RUNNING", 3: "SUCCEEDED", 4: "ABORTED", 5: "FAILED"}
var TaskExecution_Phase_value = map[string]int32{"UNDEFINED": 0, "QUEUED": 1, "RUNNING": 2, "SUCCEEDED": 3, "ABORTED": 4, "FAILED": 5}

func (x TaskExecution_Phase) String() string { return TaskExecution_Phase_name[int32(x)] }

type WorkflowExecution_Phase int32

const (
	WorkflowExecution_UNDEFINED WorkflowExecution_Phase = 0
	WorkflowExecution_QUEUED    WorkflowExecution_Phase = 1
	WorkflowExecution_RUNNING   WorkflowExecution_Phase = 2
	WorkflowExecution_SUCCEEDED WorkflowExecution_Phase = 4
	WorkflowExecution_FAILED    WorkflowExecution_Phase = 6
	WorkflowExecution_ABORTED   WorkflowExecution_Phase = 7
	WorkflowExecution_ABORTING  WorkflowExecution_Phase = 9
)

var WorkflowExecution_Phase_name = map[int32]string{0: "UNDEFINED", 1: "QUEUED", 2: "RUNNING", 4: "SUCCEEDED", 6: "FAILED", 7: "ABORTED", 9: "ABORTING"}
var WorkflowExecution_Phase_value = map[string]int32{"UNDEFINED": 0, "QUEUED": 1, "RUNNING": 2, "SUCCEEDED": 4, "FAILED": 6, "ABORTED": 7, "ABORTING": 9}

func (x WorkflowExecution_Phase) String() string { return WorkflowExecution_Phase_name[int32(x)] }

// TypedInterface is opaque here.
type TypedInterface struct {
	Inputs  map[string]string
	Outputs map[string]string
}

type WorkflowTemplate struct {
	Id        *Identifier
	Interface *TypedInterface
}

func (x *WorkflowTemplate) GetId() *Identifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *WorkflowTemplate) GetInterface() *TypedInterface {
	if x != nil {
		return x.Interface
	}
	return nil
}

type TaskTemplate struct {
	Id        *Identifier
	Type      string
	Interface *TypedInterface
}

func (x *TaskTemplate) GetId() *Identifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *TaskTemplate) GetInterface() *TypedInterface {
	if x != nil {
		return x.Interface
	}
	return nil
}
