package db

import (
	"context"

	pgx "github.com/jackc/pgx/v5"
	pgconn "github.com/jackc/pgx/v5/pgconn"
)

// PgxIface is common interface for every pgx class
type PgxIface interface {
	Begin(ctx context.Context) (pgx.Tx, error)
	Exec(context.Context, string, ...any) (pgconn.CommandTag, error)
	QueryRow(context.Context, string, ...any) pgx.Row
	Query(ctx context.Context, query string, args ...any) (pgx.Rows, error)
	CopyFrom(ctx context.Context, tableName pgx.Identifier, columnNames []string, rowSrc pgx.CopyFromSource) (int64, error)
}

// PgxPoolIface is interface representing pgx pool
// (trimmed: Acquire, Config and Stat use pgxpool types the stand-in does not have)
type PgxPoolIface interface {
	PgxIface
	BeginTx(ctx context.Context, txOptions pgx.TxOptions) (pgx.Tx, error)
	Close()
	Ping(ctx context.Context) error
	SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
}

// Migrator is an interface for database schema migration
type Migrator interface {
	Migrate() error
	NeedsMigration() (bool, error)
}

func NeedsMigration(storage any, needsMigrationErr error) error {
	if m, ok := storage.(Migrator); ok {
		if needsMigration, err := m.NeedsMigration(); err != nil {
			return err
		} else if needsMigration {
			return needsMigrationErr
		}
	}
	return nil
}
