// Package migrator is a stand-in for github.com/cybertec-postgresql/pgx-migrator
// (v1.4.0) with the types pgwatch's sink migrations use. The real Migrate
// creates the version table, counts applied rows (Pending) and runs each
// pending migration, inserting its version row; it takes no lock.
package migrator

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// PgxIface is the connection interface the migrator works with.
type PgxIface interface {
	Begin(ctx context.Context) (pgx.Tx, error)
	Exec(context.Context, string, ...any) (pgconn.CommandTag, error)
	QueryRow(context.Context, string, ...any) pgx.Row
	Query(ctx context.Context, query string, args ...any) (pgx.Rows, error)
}

// Migration runs inside a transaction.
type Migration struct {
	Name string
	Func func(context.Context, pgx.Tx) error
}

// MigrationNoTx runs outside a transaction.
type MigrationNoTx struct {
	Name string
	Func func(context.Context, PgxIface) error
}

// Migrator applies migrations.
type Migrator struct {
	TableName  string
	migrations []any
	onNotice   func(string)
}

// Option configures a Migrator.
type Option func(m *Migrator)

// TableName sets the version table.
func TableName(tableName string) Option { return func(m *Migrator) { m.TableName = tableName } }

// SetNotice sets the notice callback.
func SetNotice(noticeFunc func(string)) Option { return func(m *Migrator) { m.onNotice = noticeFunc } }

// Migrations sets the migrations.
func Migrations(migrations ...any) Option {
	return func(m *Migrator) { m.migrations = migrations }
}

// New creates a Migrator.
func New(opts ...Option) (*Migrator, error) {
	m := &Migrator{TableName: "migrations", onNotice: func(string) {}}
	for _, opt := range opts {
		opt(m)
	}
	if len(m.migrations) == 0 {
		return nil, fmt.Errorf("migrations must be provided")
	}
	return m, nil
}

// Count returns the number of migrations.
func (m *Migrator) Count() int { return len(m.migrations) }

// Migrate applies pending migrations (trimmed: the stand-in only counts).
func (m *Migrator) Migrate(ctx context.Context, db PgxIface) error {
	var count int
	return db.QueryRow(ctx, fmt.Sprintf("SELECT count(*) FROM %s", m.TableName)).Scan(&count)
}

// NeedUpgrade reports whether migrations are pending.
func (m *Migrator) NeedUpgrade(ctx context.Context, db PgxIface) (bool, error) {
	var count int
	err := db.QueryRow(ctx, fmt.Sprintf("SELECT count(*) FROM %s", m.TableName)).Scan(&count)
	return count < len(m.migrations), err
}
