package schedulemanager

import (
	"context"
	"database/sql"

	"github.com/google/uuid"

	"example.com/heldout/goalert/engine/processinglock"
)

// DB reproduces engine/schedulemanager/db.go:12.
type DB struct {
	lock *processinglock.Lock

	migrateSchedIDs []uuid.UUID
	migrateMap      map[uuid.UUID]uuid.UUID
}

// NewDB reproduces engine/schedulemanager/db.go:23.
func NewDB(ctx context.Context, db *sql.DB) (*DB, error) {
	lock, err := processinglock.NewLock(ctx, db, processinglock.Config{
		Type:    processinglock.TypeSchedule,
		Version: 3,
	})
	if err != nil {
		return nil, err
	}

	return &DB{lock: lock}, nil
}
