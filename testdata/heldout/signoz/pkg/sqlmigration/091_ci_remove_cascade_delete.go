package sqlmigration

import (
	"context"

	"example.com/heldout/signoz/pkg/sqlschema"
	"github.com/uptrace/bun"
)

type cloudIntegrationRemoveCascadeDelete struct {
	sqlschema sqlschema.SQLSchema
}

// Up reproduces 091_ci_remove_cascade_delete.go:73-114 (drop and row copy left out).
func (migration *cloudIntegrationRemoveCascadeDelete) Up(ctx context.Context, db *bun.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}

	defer func() {
		_ = tx.Rollback()
	}()

	sqls := [][]byte{}

	newTable := &sqlschema.Table{
		Name: sqlschema.TableName("cloud_integration_service"),
		Columns: []*sqlschema.Column{
			{Name: "id", DataType: sqlschema.DataTypeText, Nullable: false},
			{Name: "created_at", DataType: sqlschema.DataTypeTimestamp, Nullable: false},
			{Name: "updated_at", DataType: sqlschema.DataTypeTimestamp, Nullable: false},
			{Name: "type", DataType: sqlschema.DataTypeText, Nullable: false},
			{Name: "config", DataType: sqlschema.DataTypeText, Nullable: true},
			{Name: "cloud_integration_id", DataType: sqlschema.DataTypeText, Nullable: false},
		},
		PrimaryKeyConstraint: &sqlschema.PrimaryKeyConstraint{
			ColumnNames: []sqlschema.ColumnName{"id"},
		},
		ForeignKeyConstraints: []*sqlschema.ForeignKeyConstraint{
			{
				ReferencingColumnName: sqlschema.ColumnName("cloud_integration_id"),
				ReferencedTableName:   sqlschema.TableName("cloud_integration"),
				ReferencedColumnName:  sqlschema.ColumnName("id"),
			},
		},
	}
	sqls = append(sqls, migration.sqlschema.Operator().CreateTable(newTable)...)

	// create existing unique index on (cloud_integration_id, type)
	indexSQLs := migration.sqlschema.Operator().CreateIndex(&sqlschema.UniqueIndex{
		TableName:   "cloud_integration_service",
		ColumnNames: []sqlschema.ColumnName{"cloud_integration_id", "type"},
	})
	sqls = append(sqls, indexSQLs...)

	if err := execAll(ctx, tx, sqls); err != nil {
		return err
	}

	return tx.Commit()
}
