package models

import (
	"time"
)

// NodeExecution primary key (node_execution.go:9-13)
type NodeExecutionKey struct {
	ExecutionKey
	NodeID string `gorm:"primary_key;index" valid:"length(0|255)"`
}

// By convention, gorm foreign key references are of the form {ModelName}ID
type NodeExecution struct {
	BaseModel
	NodeExecutionKey
	// Also stored in the closure, but defined as a separate column because it's useful for filtering and sorting.
	Phase     string
	InputURI  string
	Closure   []byte
	StartedAt *time.Time
	// Corresponds to the CreatedAt field in the NodeExecution closure
	NodeExecutionCreatedAt *time.Time
	// Corresponds to the UpdatedAt field in the NodeExecution closure
	NodeExecutionUpdatedAt *time.Time
	// Parent that spawned this node execution - value is empty for executions that have no parent
	ParentID *uint `sql:"default:null" gorm:"index"`
	// List of child node executions - for cases like Dynamic task, sub workflow, etc
	ChildNodeExecutions []NodeExecution `gorm:"foreignKey:ParentID;references:ID"`
	// The task execution (if any) which launched this node execution.
	// TO BE DEPRECATED - as we have now introduced ParentID
	ParentTaskExecutionID *uint `sql:"default:null" gorm:"index"`
	// In the case of dynamic workflow nodes, the remote closure is uploaded to the path specified here.
	DynamicWorkflowRemoteClosureReference string
}
