package job

import (
	"context"

	"github.com/google/uuid"

	internaljob "example.com/heldout/dragonfly/internal/job"
	"example.com/heldout/dragonfly/manager/models"
	"example.com/heldout/dragonfly/manager/types"
)

// Job reproduces, trimmed, manager/job/job.go:39.
type Job struct {
	SyncPeers
	Task
}

// Task reproduces, trimmed, manager/job/task.go:39.
type Task interface {
	// CreateGetTask create a get task job.
	CreateGetTask(context.Context, []models.Scheduler, types.GetTaskArgs) (*internaljob.GroupJobState, error)
}

// task stands in for manager/job/task.go:task, which sends a machinery group
// task to the schedulers' queues; the group UUID is freshly generated.
type task struct{}

// CreateGetTask create a get task job.
func (t *task) CreateGetTask(ctx context.Context, schedulers []models.Scheduler, json types.GetTaskArgs) (*internaljob.GroupJobState, error) {
	return &internaljob.GroupJobState{GroupUUID: "group_" + uuid.New().String(), State: "PENDING"}, nil
}
