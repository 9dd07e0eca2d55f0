package metrics

import (
	"context"
	_ "embed"

	"example.com/realworld/pgwatch/internal/db"
)

//go:embed postgres_schema.sql
var sqlConfigSchema string

var initSchema = func(ctx context.Context, conn db.PgxIface) (err error) {
	var exists bool
	if exists, err = db.DoesSchemaExist(ctx, conn, "pgwatch"); err != nil || exists { // race
		return err
	}
	tx, err := conn.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback(ctx) }()
	if _, err := tx.Exec(ctx, sqlConfigSchema); err != nil {
		return err
	}
	if err := writeMetricsToPostgres(ctx, tx, GetDefaultMetrics()); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	return nil
}

// EnsureConfigSchema creates the pgwatch configuration schema in the database if it
// does not exist yet, seeding it with the default metric and preset definitions.
func EnsureConfigSchema(ctx context.Context, conn db.PgxIface) error {
	return initSchema(ctx, conn)
}

// MigrationsCount is the total number of migrations in pgwatch.migration table
const MigrationsCount = 3
