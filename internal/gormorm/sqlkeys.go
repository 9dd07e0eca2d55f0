package gormorm

import (
	"go/token"
	"go/types"
	"path/filepath"

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
	file := fset.Position(model.Obj().Pos()).Filename
	if file == "" || !filepath.IsAbs(file) {
		return nil, 0
	}
	root := sqlschema.ModuleDir(file)
	if root == "" {
		return nil, 0
	}
	s := sqlschema.Near(filepath.Dir(file), root)
	table := TableName(model)
	if table == "" {
		return nil, s.Files
	}
	byCol := Columns(model)
	var keys []orm.UniqueKey
	for _, cols := range s.Keys[table] {
		k := orm.UniqueKey{Name: "a unique key in " + s.Where[table]}
		for _, c := range cols {
			f, ok := byCol[c]
			if !ok {
				k.Columns = nil
				break
			}
			k.Columns = append(k.Columns, c)
			k.Fields = append(k.Fields, f)
		}
		if len(k.Columns) > 0 {
			keys = append(keys, k)
		}
	}
	return keys, s.Files
}

// SQLFiles is how many .sql files of model's module were read for keys.
func SQLFiles(fset *token.FileSet, model *types.Named) int {
	_, n := sqlKeys(fset, model)
	return n
}
