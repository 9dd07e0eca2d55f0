package sqlmigration

import (
	"context"

	"example.com/heldout/signoz/pkg/sqlschema"
	"github.com/uptrace/bun"
)

type addIntegrationDashboard struct {
	sqlschema sqlschema.SQLSchema
}

// Up reproduces 084_add_integration_dashboard.go:38-64: unique only on dashboard_id; (provider, slug) is not unique.
func (migration *addIntegrationDashboard) Up(ctx context.Context, db *bun.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}

	defer func() {
		_ = tx.Rollback()
	}()

	sqls := [][]byte{}

	sqls = append(sqls, migration.sqlschema.Operator().CreateTable(&sqlschema.Table{
		Name: "integration_dashboard",
		Columns: []*sqlschema.Column{
			{Name: "id", DataType: sqlschema.DataTypeText, Nullable: false},
			{Name: "dashboard_id", DataType: sqlschema.DataTypeText, Nullable: false},
			{Name: "provider", DataType: sqlschema.DataTypeText, Nullable: false},
			{Name: "slug", DataType: sqlschema.DataTypeText, Nullable: false},
			{Name: "created_at", DataType: sqlschema.DataTypeTimestamp, Nullable: false},
			{Name: "updated_at", DataType: sqlschema.DataTypeTimestamp, Nullable: false},
		},
		PrimaryKeyConstraint: &sqlschema.PrimaryKeyConstraint{
			ColumnNames: []sqlschema.ColumnName{"id"},
		},
		ForeignKeyConstraints: []*sqlschema.ForeignKeyConstraint{
			{
				ReferencingColumnName: sqlschema.ColumnName("dashboard_id"),
				ReferencedTableName:   sqlschema.TableName("dashboard"),
				ReferencedColumnName:  sqlschema.ColumnName("id"),
			},
		},
	})...)
	sqls = append(sqls, migration.sqlschema.Operator().CreateIndex(
		&sqlschema.UniqueIndex{
			TableName:   "integration_dashboard",
			ColumnNames: []sqlschema.ColumnName{"dashboard_id"},
		},
	)...)

	if err := execAll(ctx, tx, sqls); err != nil {
		return err
	}

	return tx.Commit()
}
