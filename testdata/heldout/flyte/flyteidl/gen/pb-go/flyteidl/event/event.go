// Package event is a trimmed reproduction of the generated flyteidl event
// types (project code).
package event

import "example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"

type ParentTaskExecutionMetadata struct {
	Id *core.TaskExecutionIdentifier
}

func (x *ParentTaskExecutionMetadata) GetId() *core.TaskExecutionIdentifier {
	if x != nil {
		return x.Id
	}
	return nil
}

type ParentNodeExecutionMetadata struct {
	NodeId string
}

func (x *ParentNodeExecutionMetadata) GetNodeId() string {
	if x != nil {
		return x.NodeId
	}
	return ""
}

type NodeExecutionEvent struct {
	Id                 *core.NodeExecutionIdentifier
	ProducerId         string
	Phase              core.NodeExecution_Phase
	InputUri           string
	ParentTaskMetadata *ParentTaskExecutionMetadata
	ParentNodeMetadata *ParentNodeExecutionMetadata
}

func (x *NodeExecutionEvent) GetId() *core.NodeExecutionIdentifier {
	if x != nil {
		return x.Id
	}
	return nil
}
func (x *NodeExecutionEvent) GetProducerId() string {
	if x != nil {
		return x.ProducerId
	}
	return ""
}
func (x *NodeExecutionEvent) GetPhase() core.NodeExecution_Phase {
	if x != nil {
		return x.Phase
	}
	return core.NodeExecution_UNDEFINED
}
func (x *NodeExecutionEvent) GetInputUri() string {
	if x != nil {
		return x.InputUri
	}
	return ""
}
func (x *NodeExecutionEvent) GetParentTaskMetadata() *ParentTaskExecutionMetadata {
	if x != nil {
		return x.ParentTaskMetadata
	}
	return nil
}
func (x *NodeExecutionEvent) GetParentNodeMetadata() *ParentNodeExecutionMetadata {
	if x != nil {
		return x.ParentNodeMetadata
	}
	return nil
}

type TaskExecutionEvent struct {
	TaskId                *core.Identifier
	ParentNodeExecutionId *core.NodeExecutionIdentifier
	RetryAttempt          uint32
	Phase                 core.TaskExecution_Phase
	PhaseVersion          uint32
	ProducerId            string
	InputUri              string
}

func (x *TaskExecutionEvent) GetTaskId() *core.Identifier {
	if x != nil {
		return x.TaskId
	}
	return nil
}
func (x *TaskExecutionEvent) GetParentNodeExecutionId() *core.NodeExecutionIdentifier {
	if x != nil {
		return x.ParentNodeExecutionId
	}
	return nil
}
func (x *TaskExecutionEvent) GetRetryAttempt() uint32 {
	if x != nil {
		return x.RetryAttempt
	}
	return 0
}
func (x *TaskExecutionEvent) GetPhase() core.TaskExecution_Phase {
	if x != nil {
		return x.Phase
	}
	return core.TaskExecution_UNDEFINED
}
func (x *TaskExecutionEvent) GetPhaseVersion() uint32 {
	if x != nil {
		return x.PhaseVersion
	}
	return 0
}
func (x *TaskExecutionEvent) GetProducerId() string {
	if x != nil {
		return x.ProducerId
	}
	return ""
}
func (x *TaskExecutionEvent) GetInputUri() string {
	if x != nil {
		return x.InputUri
	}
	return ""
}

type WorkflowExecutionEvent struct {
	ExecutionId *core.WorkflowExecutionIdentifier
	ProducerId  string
	Phase       core.WorkflowExecution_Phase
}

func (x *WorkflowExecutionEvent) GetExecutionId() *core.WorkflowExecutionIdentifier {
	if x != nil {
		return x.ExecutionId
	}
	return nil
}
func (x *WorkflowExecutionEvent) GetProducerId() string {
	if x != nil {
		return x.ProducerId
	}
	return ""
}
func (x *WorkflowExecutionEvent) GetPhase() core.WorkflowExecution_Phase {
	if x != nil {
		return x.Phase
	}
	return core.WorkflowExecution_UNDEFINED
}
