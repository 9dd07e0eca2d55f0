package schedule

import (
	"context"
	api "example.com/heldout/vela/api/types"
)

// ScheduleInterface reproduces database/schedule/interface.go (trimmed to the methods the
// reproduced paths call).
type ScheduleInterface interface {
	CreateScheduleTable(context.Context, string) error
	CreateScheduleIndexes(context.Context) error
	CreateSchedule(context.Context, *api.Schedule) (*api.Schedule, error)
	GetScheduleForRepo(context.Context, *api.Repo, string) (*api.Schedule, error)
	UpdateSchedule(context.Context, *api.Schedule, bool) (*api.Schedule, error)
}
