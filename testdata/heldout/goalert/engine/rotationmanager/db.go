package rotationmanager

import (
	"context"
	"database/sql"

	"example.com/heldout/goalert/engine/processinglock"
	"example.com/heldout/goalert/pkg/river"
)

// DB reproduces engine/rotationmanager/db.go:12.
type DB struct {
	lock *processinglock.Lock

	riverDBSQL *river.Client[*sql.Tx]
}

// NewDB reproduces engine/rotationmanager/db.go:22.
func NewDB(ctx context.Context, db *sql.DB, riverDBSQL *river.Client[*sql.Tx]) (*DB, error) {
	lock, err := processinglock.NewLock(ctx, db, processinglock.Config{
		Type:    processinglock.TypeRotation,
		Version: 2,
	})
	if err != nil {
		return nil, err
	}

	return &DB{
		lock: lock,

		riverDBSQL: riverDBSQL,
	}, nil
}

// Queue settings reproduce engine/rotationmanager/setup.go:11-16,25: the
// "rotation-manager" River queue runs up to 5 jobs at once per instance.
const (
	QueueName         = "rotation-manager"
	PriorityScheduled = 1
	PriorityEvent     = 2
	PriorityLFW       = 4

	queueMaxWorkers = 5
)
