// Package sqlmigration reproduces, trimmed to the statements that create the
// keys the catalogue relies on, the bun migrations of
// github.com/SigNoz/signoz/pkg/sqlmigration. Each file keeps the upstream file
// name and migration type; data copies and renames are left out.
package sqlmigration

import (
	"context"

	"github.com/uptrace/bun"
	"github.com/uptrace/bun/migrate"
)

type SQLMigration interface {
	Register(*migrate.Migrations) error
	Up(context.Context, *bun.DB) error
	Down(context.Context, *bun.DB) error
}

func execAll(ctx context.Context, tx bun.Tx, sqls [][]byte) error {
	for _, sql := range sqls {
		if _, err := tx.ExecContext(ctx, string(sql)); err != nil {
			return err
		}
	}
	return nil
}
