package sqlstore

import (
	"context"
	"database/sql"

	"example.com/heldout/signoz/pkg/errors"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/schema"
)

type transactorKey struct{}

// BunDB reproduces pkg/sqlstore/bun.go:16 (logger settings trimmed).
type BunDB struct {
	*bun.DB
}

func NewBunDB(sqldb *sql.DB, dialect schema.Dialect, opts ...bun.DBOption) *BunDB {
	db := bun.NewDB(sqldb, dialect, opts...)
	return &BunDB{db}
}

// RunInTxCtx reproduces pkg/sqlstore/bun.go:31: a plain BeginTx (the default
// isolation of the driver: READ COMMITTED on PostgreSQL; on SQLite the DSN's
// _txlock, "immediate" by default, see config.go).
func (db *BunDB) RunInTxCtx(ctx context.Context, opts *sql.TxOptions, cb func(ctx context.Context) error) error {
	tx, ok := txFromContext(ctx)
	if ok {
		return cb(ctx)
	}

	// begin transaction
	tx, err := db.BeginTx(ctx, opts)
	if err != nil {
		return errors.Wrapf(err, errors.TypeInternal, errors.CodeInternal, "cannot begin transaction")
	}

	defer func() {
		_ = tx.Rollback()
	}()

	if err := cb(newContextWithTx(ctx, tx)); err != nil {
		return err
	}

	return tx.Commit()
}

func (db *BunDB) BunDBCtx(ctx context.Context) bun.IDB {
	tx, ok := txFromContext(ctx)
	if !ok {
		return db.DB
	}
	return tx
}

func newContextWithTx(ctx context.Context, tx bun.Tx) context.Context {
	return context.WithValue(ctx, transactorKey{}, tx)
}

func txFromContext(ctx context.Context) (bun.Tx, bool) {
	tx, ok := ctx.Value(transactorKey{}).(bun.Tx)
	return tx, ok
}
