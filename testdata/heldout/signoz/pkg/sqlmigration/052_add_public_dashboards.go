package sqlmigration

import (
	"context"

	"example.com/heldout/signoz/pkg/sqlschema"
	"github.com/uptrace/bun"
)

type addPublicDashboards struct {
	sqlschema sqlschema.SQLSchema
}

// Up reproduces 052_add_public_dashboards.go:43-64.
func (migration *addPublicDashboards) Up(ctx context.Context, db *bun.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}

	defer func() {
		_ = tx.Rollback()
	}()

	sqls := [][]byte{}

	tableSQL := migration.sqlschema.Operator().CreateTable(&sqlschema.Table{
		Name: "public_dashboard",
		Columns: []*sqlschema.Column{
			{Name: "id", DataType: sqlschema.DataTypeText, Nullable: false},
			{Name: "time_range_enabled", DataType: sqlschema.DataTypeBoolean, Nullable: false},
			{Name: "default_time_range", DataType: sqlschema.DataTypeText, Nullable: false},
			{Name: "created_at", DataType: sqlschema.DataTypeTimestamp, Nullable: false},
			{Name: "updated_at", DataType: sqlschema.DataTypeTimestamp, Nullable: false},
			{Name: "dashboard_id", DataType: sqlschema.DataTypeText, Nullable: false},
		},
		PrimaryKeyConstraint: &sqlschema.PrimaryKeyConstraint{ColumnNames: []sqlschema.ColumnName{"id"}},
		ForeignKeyConstraints: []*sqlschema.ForeignKeyConstraint{
			{ReferencingColumnName: sqlschema.ColumnName("dashboard_id"), ReferencedTableName: sqlschema.TableName("dashboard"), ReferencedColumnName: sqlschema.ColumnName("id")},
		},
	})
	sqls = append(sqls, tableSQL...)

	indexSQL := migration.sqlschema.Operator().CreateIndex(&sqlschema.UniqueIndex{
		TableName:   "public_dashboard",
		ColumnNames: []sqlschema.ColumnName{"dashboard_id"},
	})
	sqls = append(sqls, indexSQL...)

	if err := execAll(ctx, tx, sqls); err != nil {
		return err
	}

	return tx.Commit()
}
