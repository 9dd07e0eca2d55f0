package models

import (
	"time"
)

// Execution primary key (execution.go:16-20)
type ExecutionKey struct {
	Project string `gorm:"primary_key;column:execution_project" valid:"length(0|255)"`
	Domain  string `gorm:"primary_key;column:execution_domain" valid:"length(0|255)"`
	Name    string `gorm:"primary_key;column:execution_name" valid:"length(0|255)"`
}

// Database model to encapsulate a (workflow) execution. (trimmed)
type Execution struct {
	BaseModel
	ExecutionKey
	LaunchPlanID uint   `gorm:"index"`
	WorkflowID   uint   `gorm:"index"`
	TaskID       uint   `gorm:"index"`
	Phase        string `gorm:"index:idx_executions_phase" valid:"length(0|255)"`
	Closure      []byte
	Spec         []byte `gorm:"not null"`
	StartedAt    *time.Time
	// Corresponds to the CreatedAt field in the Execution closure.
	ExecutionCreatedAt *time.Time `gorm:"index:idx_executions_created_at"`
	ExecutionUpdatedAt *time.Time
	Cluster            string `valid:"length(0|255)"`
}

type ExecutionTag struct {
	BaseModel
	ExecutionKey
	// Key is the key of the tag.
	Key string `gorm:"primary_key;index:tag_key;size:255"`
	// Value is the value of the tag.
	Value string `gorm:"primary_key;index:tag_key;size:255"`
}
