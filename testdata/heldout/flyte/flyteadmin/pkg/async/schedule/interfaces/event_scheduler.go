// Package interfaces reproduces (trimmed) flyteadmin/pkg/async/schedule/interfaces.
package interfaces

import (
	"context"

	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/admin"
	"example.com/heldout/flyte/flyteidl/gen/pb-go/flyteidl/core"
)

type AddScheduleInput struct {
	// Defines the unique identifier associated with the schedule
	Identifier *core.Identifier
	// Defines the schedule expression.
	ScheduleExpression *admin.Schedule
}

type RemoveScheduleInput struct {
	// Defines the unique identifier associated with the schedule
	Identifier *core.Identifier
}

type EventScheduler interface {
	// CreateScheduleInput using the scheduler config and launch plan identifier and schedule
	CreateScheduleInput(ctx context.Context, identifier *core.Identifier, schedule *admin.Schedule) (AddScheduleInput, error)

	// AddSchedule Schedules an event.
	AddSchedule(ctx context.Context, input AddScheduleInput) error

	// RemoveSchedule Removes an existing schedule.
	RemoveSchedule(ctx context.Context, input RemoveScheduleInput) error
}
