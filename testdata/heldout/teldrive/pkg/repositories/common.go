// Package repositories reproduces github.com/tgdrive/teldrive/pkg/repositories.
//
// Upstream builds every statement with the go-jet DSL (table.X.SELECT(...),
// INSERT(...).MODEL(...), ...) and runs it through pgxV5.Query / pgxV5.Exec.
// Here each statement is the SQL text jet generates for it, run through the
// same jetDB wrapper over pgx.
package repositories

import (
	"context"
	"errors"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"example.com/heldout/teldrive/third_party/jet/qrm"
)

// dbExecutor reproduces pkg/repositories/common.go:15.
type dbExecutor interface {
	Exec(ctx context.Context, sql string, arguments ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// jetDB reproduces pkg/repositories/common.go:23.
type jetDB struct {
	ex dbExecutor
}

// newJetDB reproduces pkg/repositories/common.go:28.
func newJetDB(pool Pool) jetDB {
	return jetDB{ex: pool}
}

// executor reproduces pkg/repositories/common.go:32: the transaction carried
// in the context (WithTx) wins over the pool.
func (d jetDB) executor(ctx context.Context) dbExecutor {
	if tx, ok := txFromContext(ctx); ok {
		return tx
	}

	return d.ex
}

// query reproduces pkg/repositories/common.go:41 (pgxV5.Query into a single
// struct: no row -> qrm.ErrNoRows).
func (d jetDB) query(ctx context.Context, sql string, args []any, dest ...any) error {
	err := d.executor(ctx).QueryRow(ctx, sql, args...).Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return qrm.ErrNoRows
	}
	return err
}

// exec reproduces pkg/repositories/common.go:46.
func (d jetDB) exec(ctx context.Context, sql string, args ...any) error {
	_, err := d.executor(ctx).Exec(ctx, sql, args...)
	return normalizeDBError(err)
}

// raw reproduces pkg/repositories/common.go:58.
func (d jetDB) raw() dbExecutor {
	return d.ex
}

// ScanRow reproduces pkg/repositories/common.go:63.
func ScanRow(row pgx.Row, dest ...any) error {
	return row.Scan(dest...)
}

// normalizeDBError reproduces pkg/repositories/common.go:77: a unique
// violation (23505) becomes ErrConflict.
func normalizeDBError(err error) error {
	if err == nil {
		return nil
	}

	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return ErrConflict
	}

	return err
}
