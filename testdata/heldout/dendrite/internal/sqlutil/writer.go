package sqlutil

import "database/sql"

// Writer reproduces internal/sqlutil/writer.go:42.
// The Writer is used by the storage layers: connection_manager.go:55-57 picks
// NewDummyWriter for PostgreSQL and NewExclusiveWriter for SQLite.
type Writer interface {
	// Queue up one or more database write operations within the
	// provided function to be executed when it is safe to do so.
	Do(db *sql.DB, txn *sql.Tx, f func(txn *sql.Tx) error) error
}
