package gormorm

import (
	"go/types"
	"strings"
)

// TableName is the table GORM's default naming strategy gives model
// (snake case, plural), or "" when the model names its own table
// (a TableName method, whose result upsertfix does not read).
func TableName(model *types.Named) string {
	for _, t := range []types.Type{model, types.NewPointer(model)} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, model.Obj().Pkg(), "TableName"); obj != nil {
			return ""
		}
	}
	return Plural(ColumnName(model.Obj().Name()))
}

// Plural is the English plural of GORM's inflection for common words.
func Plural(s string) string {
	switch {
	case strings.HasSuffix(s, "s") || strings.HasSuffix(s, "x") || strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "sh"):
		return s + "es"
	case strings.HasSuffix(s, "y") && len(s) > 1 && !strings.ContainsRune("aeiou", rune(s[len(s)-2])):
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

// IndexName is the name upsertfix gives a unique index it proposes.
func IndexName(model *types.Named, cols []string) string {
	return "idx_" + ColumnName(model.Obj().Name()) + "_" + strings.Join(cols, "_")
}

// Migration says, for a model with no unique key on cols, how to find the
// rows that would break one and the SQL that adds it.
func Migration(model *types.Named, cols []string) string {
	table := TableName(model)
	if table == "" {
		table = "<" + model.Obj().Name() + "'s table>"
	}
	c := strings.Join(cols, ", ")
	return "first list the rows that would break it: SELECT " + c + ", COUNT(*) FROM " + table + " GROUP BY " + c +
		" HAVING COUNT(*) > 1; in SQL the index is CREATE UNIQUE INDEX " + IndexName(model, cols) + " ON " + table + " (" + c + ")"
}

// UniqueTag returns the struct tag of a model field with a unique index on
// cols added to it: uniqueIndex for one column, uniqueIndex:<name> on each
// field of several.
func UniqueTag(tag string, model *types.Named, cols []string) string {
	setting := "uniqueIndex"
	if len(cols) > 1 {
		setting += ":" + IndexName(model, cols)
	}
	if tag == "" {
		return `gorm:"` + setting + `"`
	}
	i := strings.Index(tag, `gorm:"`)
	if i < 0 {
		return tag + ` gorm:"` + setting + `"`
	}
	j := strings.Index(tag[i+6:], `"`)
	if j < 0 {
		return tag
	}
	val := tag[i+6 : i+6+j]
	if val != "" && !strings.HasSuffix(val, ";") {
		val += ";"
	}
	return tag[:i+6] + val + setting + tag[i+6+j:]
}
