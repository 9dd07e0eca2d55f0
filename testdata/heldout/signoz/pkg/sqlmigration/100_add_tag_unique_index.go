package sqlmigration

import (
	"context"

	"example.com/heldout/signoz/pkg/sqlschema"
	"github.com/uptrace/bun"
)

type addTagUniqueIndex struct {
	sqlschema sqlschema.SQLSchema
}

// Up reproduces 100_add_tag_unique_index.go:31-54 (082_add_tags.go:65 had left it as a TODO).
func (migration *addTagUniqueIndex) Up(ctx context.Context, db *bun.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}

	defer func() {
		_ = tx.Rollback()
	}()

	sqls := [][]byte{}

	sqls = append(sqls, migration.sqlschema.Operator().CreateIndex(
		&sqlschema.UniqueIndexWithExpressions{
			TableName:   "tag",
			Expressions: []string{"org_id", "kind", "LOWER(key)", "LOWER(value)"},
		},
	)...)

	if err := execAll(ctx, tx, sqls); err != nil {
		return err
	}

	return tx.Commit()
}
