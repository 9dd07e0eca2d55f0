// Package db is a reduced copy of pkg/db (db.go, errors.go, handler.go,
// context.go). The query-tracing wrappers of logger.go are dropped: *sqlx.DB
// and *sqlx.Tx provide the same methods, so DB and Tx still satisfy Handler.
package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq" // postgres driver
)

// DB is the interface for a Soft Serve database.
// pkg/db/db.go:17
type DB struct {
	*sqlx.DB
}

// Open opens a database connection.
// pkg/db/db.go:23
func Open(ctx context.Context, driverName string, dsn string) (*DB, error) {
	db, err := sqlx.ConnectContext(ctx, driverName, dsn)
	if err != nil {
		return nil, err
	}

	d := &DB{
		DB: db,
	}

	return d, nil
}

// Tx is a database transaction.
// pkg/db/db.go:47
type Tx struct {
	*sqlx.Tx
}

// TransactionContext implements db.DB.
// pkg/db/db.go:58
func (d *DB) TransactionContext(ctx context.Context, fn func(tx *Tx) error) error {
	txx, err := d.DB.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("failed to begin transaction: %w", err)
	}

	tx := &Tx{txx}
	if err := fn(tx); err != nil {
		return rollback(tx, err)
	}

	if err := tx.Commit(); err != nil {
		if errors.Is(err, sql.ErrTxDone) {
			// this is ok because whoever did finish the tx should have also written the error already.
			return nil
		}
		return fmt.Errorf("failed to commit transaction: %w", err)
	}

	return nil
}

// pkg/db/db.go:80
func rollback(tx *Tx, err error) error {
	if rerr := tx.Rollback(); rerr != nil {
		if errors.Is(rerr, sql.ErrTxDone) {
			return err
		}
		return fmt.Errorf("failed to rollback: %s: %w", err.Error(), rerr)
	}

	return err
}
