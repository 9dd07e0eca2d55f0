package compatmanager

import (
	"context"
	"database/sql"

	"example.com/heldout/goalert/engine/processinglock"
	"example.com/heldout/goalert/notification/slack"
)

// DB reproduces engine/compatmanager/db.go:12.
type DB struct {
	db   *sql.DB
	lock *processinglock.Lock

	cs *slack.ChannelSender
}

// NewDB reproduces engine/compatmanager/db.go:23.
func NewDB(ctx context.Context, db *sql.DB, cs *slack.ChannelSender) (*DB, error) {
	lock, err := processinglock.NewLock(ctx, db, processinglock.Config{
		Version: 1,
		Type:    processinglock.TypeCompat,
	})
	if err != nil {
		return nil, err
	}

	return &DB{
		db:   db,
		lock: lock,
		cs:   cs,
	}, nil
}
