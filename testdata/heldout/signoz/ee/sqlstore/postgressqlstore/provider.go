// Package postgressqlstore reproduces, trimmed,
// github.com/SigNoz/signoz/ee/sqlstore/postgressqlstore/provider.go. Upstream
// New opens a pgxpool from the DSN and uses pgdialect.New(); here the *sql.DB
// and the bun dialect are passed in (pgdialect is not in the held-out module).
package postgressqlstore

import (
	"context"
	"database/sql"

	"example.com/heldout/signoz/pkg/errors"
	"example.com/heldout/signoz/pkg/sqlstore"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/schema"
)

type provider struct {
	sqldb *sql.DB
	bundb *sqlstore.BunDB
}

func New(ctx context.Context, sqldb *sql.DB, dialect schema.Dialect) (sqlstore.SQLStore, error) {
	bunDB := sqlstore.NewBunDB(sqldb, dialect)
	return &provider{sqldb: sqldb, bundb: bunDB}, nil
}

func (provider *provider) BunDB() *bun.DB { return provider.bundb.DB }

func (provider *provider) SQLDB() *sql.DB { return provider.sqldb }

func (provider *provider) BunDBCtx(ctx context.Context) bun.IDB {
	return provider.bundb.BunDBCtx(ctx)
}

func (provider *provider) RunInTxCtx(ctx context.Context, opts *sql.TxOptions, cb func(ctx context.Context) error) error {
	return provider.bundb.RunInTxCtx(ctx, opts, cb)
}

// WrapNotFoundErrf reproduces provider.go:107.
func (provider *provider) WrapNotFoundErrf(err error, code errors.Code, format string, args ...any) error {
	if err == sql.ErrNoRows {
		return errors.Wrapf(err, errors.TypeNotFound, code, format, args...)
	}

	return err
}

// WrapAlreadyExistsErrf reproduces provider.go:115: unique (23505) and FK
// (23503) violations become TypeAlreadyExists.
func (provider *provider) WrapAlreadyExistsErrf(err error, code errors.Code, format string, args ...any) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && (pgErr.Code == "23505" || pgErr.Code == "23503") {
		return errors.Wrapf(err, errors.TypeAlreadyExists, code, format, args...)
	}

	return err
}
