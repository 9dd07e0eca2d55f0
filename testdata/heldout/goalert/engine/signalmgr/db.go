package signalmgr

import (
	"context"
	"database/sql"

	"example.com/heldout/goalert/engine/processinglock"
)

// DB reproduces engine/signalmgr/db.go:11.
type DB struct {
	lock *processinglock.Lock
}

// NewDB reproduces engine/signalmgr/db.go:18.
func NewDB(ctx context.Context, db *sql.DB) (*DB, error) {
	lock, err := processinglock.NewLock(ctx, db, processinglock.Config{
		Type:    processinglock.TypeSignals,
		Version: 1,
	})
	if err != nil {
		return nil, err
	}

	return &DB{
		lock: lock,
	}, nil
}

// Queue settings reproduce engine/signalmgr/setup.go:15-20,45: the
// "engine-signal-mgr" River queue runs up to 3 jobs at once per instance;
// a global SchedMsgsArgs{} job is enqueued every minute (setup.go:60-68) and
// a per-service one by the pending_signals insert trigger (fn_job_signal,
// migrate/schema.sql:1156-1165,2206).
const (
	QueueName               = "engine-signal-mgr"
	PriorityScheduleAll     = 2
	PriorityMaintCleanup    = 3
	PriorityScheduleService = 4

	queueMaxWorkers = 3
)
