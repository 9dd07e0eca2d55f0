package xormorm

import (
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strings"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlschema"
)

// column is one mapped field of a model.
type column struct {
	field, name string
	pk          bool
	unique      []string // unique(name) groups; "" for a unique of its own
}

// columnsOf maps the model's fields to columns as xorm does with the
// GonicMapper most projects configure (UserID is user_id), or a name
// quoted in the tag ('usr_name'). Embedded structs tagged `extends` are
// flattened; fields tagged "-" and unexported fields are skipped.
func columnsOf(model *types.Named) []column {
	st, ok := model.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	return fieldsOf(st, 0)
}

func fieldsOf(st *types.Struct, depth int) []column {
	var cols []column
	for i := range st.NumFields() {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get("xorm")
		if tag == "-" || !f.Exported() {
			continue
		}
		words := tagWords(tag)
		if f.Embedded() || has(words, "extends") {
			if inner, ok := elemStruct(f.Type()); ok && depth < 3 {
				cols = append(cols, fieldsOf(inner, depth+1)...)
				continue
			}
		}
		c := column{field: f.Name(), name: gormorm.ColumnName(f.Name())}
		for i, w := range words {
			lw := strings.ToLower(w)
			if i > 0 && (strings.EqualFold(words[i-1], "default") || strings.EqualFold(words[i-1], "comment")) {
				continue // default 0, comment note: a value, not a name
			}
			switch {
			case strings.HasPrefix(w, "'") && strings.HasSuffix(w, "'") && len(w) > 1:
				c.name = strings.Trim(w, "'")
			case lw == "pk":
				c.pk = true
			case lw == "unique":
				c.unique = append(c.unique, "")
			case strings.HasPrefix(lw, "unique(") && strings.HasSuffix(lw, ")"):
				for _, g := range strings.Split(w[len("unique("):len(w)-1], ",") {
					c.unique = append(c.unique, strings.TrimSpace(g))
				}
			case bareName(lw):
				c.name = w // xorm:"uid UNIQUE(s)": a word xorm does not know names the column
			}
		}
		cols = append(cols, c)
	}
	return cols
}

func elemStruct(t types.Type) (*types.Struct, bool) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

// tagWords splits an xorm tag on spaces, keeping quoted names and
// parenthesized lists whole.
// tagKeywords are the words of an xorm tag that are not a column's name:
// its tag keys and the SQL types it knows (xorm's tags.go and
// schemas/type.go). Any other bare word names the column.
var tagKeywords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`pk not null notnull autoincr unique index extends collate unsigned deleted created updated version
		default comment cascade nocascade json jsonb blob text conversion cache nocache local utc <- -> <-> -
		bit tinyint smallint mediumint int integer bigint unsignedbigint unsignedint unsignedtinyint unsignedmediumint unsignedsmallint
		enum set char varchar nchar nvarchar tinytext mediumtext longtext clob uuid uniqueidentifier sysname
		date datetime smalldatetime time timestamp timestampz year decimal numeric money smallmoney real float double
		binary varbinary tinyblob mediumblob longblob bytea bool boolean serial bigserial array geometry`) {
		tagKeywords[w] = true
	}
}

// bareName reports a lower-cased tag word that names a column: not a
// keyword, a type with its size (varchar(255)), a default's value or a
// group.
func bareName(lw string) bool {
	if lw == "" || tagKeywords[lw] || lw[0] >= '0' && lw[0] <= '9' {
		return false
	}
	for _, r := range lw {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func tagWords(tag string) []string {
	var out []string
	depth, quoted, start := 0, false, -1
	for i, r := range tag {
		switch {
		case r == '\'':
			quoted = !quoted
		case r == '(' && !quoted:
			depth++
		case r == ')' && !quoted:
			depth--
		}
		if r == ' ' && !quoted && depth == 0 {
			if start >= 0 {
				out = append(out, tag[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, tag[start:])
	}
	return out
}

func has(words []string, w string) bool {
	for _, x := range words {
		if strings.EqualFold(x, w) {
			return true
		}
	}
	return false
}

// primaryKey lists the primary-key columns: fields tagged pk, else a
// field named Id or ID (xorm's default).
func primaryKey(model *types.Named) []string {
	var pk []string
	cols := columnsOf(model)
	for _, c := range cols {
		if c.pk {
			pk = append(pk, c.name)
		}
	}
	if len(pk) == 0 {
		for _, c := range cols {
			if c.field == "Id" || c.field == "ID" {
				return []string{c.name}
			}
		}
	}
	return pk
}

// UniqueKeys implements orm.Adapter: the primary key, each field tagged
// unique, each unique(name) group, and the unique keys the project's SQL
// declares on the model's table (its migrations: xorm's tags shape only
// the tables Sync creates).
func (Adapter) UniqueKeys(fset *token.FileSet, model *types.Named) []orm.UniqueKey {
	keys := tagKeys(model)
	if fset == nil || !model.Obj().Pos().IsValid() {
		return keys
	}
	byCol := map[string]string{}
	for _, c := range columnsOf(model) {
		byCol[c.name] = c.field
	}
	table := tableName(model)
	if table == "" {
		table, _ = orm.DeclaredTable(fset, model)
	}
	sets, where, _ := sqlschema.KeysNear(fset.Position(model.Obj().Pos()).Filename, table)
	return append(keys, orm.KeysOf(sets, "a unique key in "+where, byCol)...)
}

// tableName is the model's table under xorm's default mapper (snake
// case, not plural), or "" when the model names its own (a TableName
// method, whose result upsertfix does not read).
func tableName(model *types.Named) string {
	for _, t := range []types.Type{model, types.NewPointer(model)} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, model.Obj().Pkg(), "TableName"); obj != nil {
			return ""
		}
	}
	return gormorm.ColumnName(model.Obj().Name())
}

// tagKeys are the keys the model's xorm tags declare.
func tagKeys(model *types.Named) []orm.UniqueKey {
	cols := columnsOf(model)
	var keys []orm.UniqueKey
	if pk := primaryKey(model); len(pk) > 0 {
		k := orm.UniqueKey{Name: "primary key", Columns: pk}
		for _, name := range pk {
			for _, c := range cols {
				if c.name == name {
					k.Fields = append(k.Fields, c.field)
				}
			}
		}
		keys = append(keys, k)
	}
	groups := map[string]*orm.UniqueKey{}
	var names []string
	for _, c := range cols {
		for _, g := range c.unique {
			if g == "" {
				keys = append(keys, orm.UniqueKey{Name: "UQE_" + c.name, Columns: []string{c.name}, Fields: []string{c.field}})
				continue
			}
			k, ok := groups[g]
			if !ok {
				k = &orm.UniqueKey{Name: "UQE_" + g}
				groups[g] = k
				names = append(names, g)
			}
			k.Columns = append(k.Columns, c.name)
			k.Fields = append(k.Fields, c.field)
		}
	}
	sort.Strings(names)
	for _, g := range names {
		keys = append(keys, *groups[g])
	}
	return keys
}
