// Package crdb is a stand-in for github.com/cockroachdb/cockroach-go/v2/crdb
// (not in the held-out go.mod). ExecuteTx has the real signature; the real
// helper retries fn on CockroachDB retryable errors (SQLSTATE 40001).
package crdb

import (
	"context"
	"database/sql"
)

// ExecuteTx runs fn inside a transaction and retries it as needed.
func ExecuteTx(ctx context.Context, db *sql.DB, opts *sql.TxOptions, fn func(*sql.Tx) error) error {
	tx, err := db.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}
