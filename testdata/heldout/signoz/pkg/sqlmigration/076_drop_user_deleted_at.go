package sqlmigration

import (
	"context"

	"example.com/heldout/signoz/pkg/sqlschema"
	"github.com/uptrace/bun"
)

type dropUserDeletedAt struct {
	sqlschema sqlschema.SQLSchema
}

// Up reproduces 076_drop_user_deleted_at.go:55-67 (the deleted_at column drop is left out): the
// unique key of users becomes (email, org_id) for rows whose status is not
// deleted.
func (migration *dropUserDeletedAt) Up(ctx context.Context, db *bun.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}

	defer func() {
		_ = tx.Rollback()
	}()

	sqls := [][]byte{}

	dropIndexSQLs := migration.sqlschema.Operator().DropIndex(&sqlschema.UniqueIndex{TableName: "users", ColumnNames: []sqlschema.ColumnName{"org_id", "email", "deleted_at"}})
	sqls = append(sqls, dropIndexSQLs...)

	indexSQLs := migration.sqlschema.Operator().CreateIndex(
		&sqlschema.PartialUniqueIndex{
			TableName:   "users",
			ColumnNames: []sqlschema.ColumnName{"email", "org_id"},
			Where:       "status != 'deleted'",
		})
	sqls = append(sqls, indexSQLs...)

	if err := execAll(ctx, tx, sqls); err != nil {
		return err
	}

	return tx.Commit()
}
