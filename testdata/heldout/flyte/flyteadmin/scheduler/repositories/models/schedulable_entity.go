// Package models reproduces flyteadmin/scheduler/repositories/models.
package models

import (
	"example.com/heldout/flyte/flyteadmin/pkg/repositories/models"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
)

// Database model to encapsulate metadata associated with a SchedulableEntity
// (schedulable_entity.go:8-17)
type SchedulableEntity struct {
	models.BaseModel
	SchedulableEntityKey
	CronExpression      string
	FixedRateValue      uint32
	Unit                admin.FixedRateUnit
	KickoffTimeInputArg string
	Active              *bool
}

// Schedulable entity primary key (schedulable_entity.go:19-25)
type SchedulableEntityKey struct {
	Project string `gorm:"primary_key"`
	Domain  string `gorm:"primary_key"`
	Name    string `gorm:"primary_key"`
	Version string `gorm:"primary_key"`
}
