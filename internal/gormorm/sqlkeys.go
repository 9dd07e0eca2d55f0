package gormorm

import (
	"go/token"
	"go/types"

	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlschema"
)

// Projects that keep their schema in SQL declare unique keys there rather
// than in struct tags; package sqlschema reads them near the model.

// sqlKeys returns the unique keys the module's SQL declares on model's
// table, and how many .sql files were read.
func sqlKeys(fset *token.FileSet, model *types.Named) ([]orm.UniqueKey, int) {
	if fset == nil || !model.Obj().Pos().IsValid() {
		return nil, 0
	}
	table := TableName(model)
	if table == "" {
		table, _ = orm.DeclaredTable(fset, model)
	}
	sets, where, files := sqlschema.KeysNear(fset.Position(model.Obj().Pos()).Filename, table)
	return orm.KeysOf(sets, "a unique key in "+where, Columns(model)), files
}

// SQLFiles is how many .sql files of model's module were read for keys.
func SQLFiles(fset *token.FileSet, model *types.Named) int {
	_, n := sqlKeys(fset, model)
	return n
}
