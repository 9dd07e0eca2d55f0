package gormorm

import (
	"go/types"
	"reflect"
	"sort"
	"strings"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// column is one mapped field of a model.
type column struct {
	Field   string // Go field name, reachable as x.Field
	Name    string // column name
	Primary bool
	Type    types.Type
	Tag     string            // the raw gorm tag
	Set     map[string]string // the tag parsed by parseTag
}

// parseTag splits a gorm struct tag like GORM's schema.ParseTagSetting:
// settings separated by sep, keys upper-cased, a bare key maps to itself.
func parseTag(tag string, sep string) map[string]string {
	settings := map[string]string{}
	names := strings.Split(tag, sep)
	for i := 0; i < len(names); i++ {
		j := i
		if len(names[j]) > 0 {
			for names[j][len(names[j])-1] == '\\' {
				i++
				names[j] = names[j][0:len(names[j])-1] + sep + names[i]
				names[i] = ""
			}
		}
		values := strings.Split(names[j], ":")
		k := strings.TrimSpace(strings.ToUpper(values[0]))
		if len(values) >= 2 {
			settings[k] = strings.Join(values[1:], ":")
		} else if k != "" {
			settings[k] = k
		}
	}
	return settings
}

func truthy(s string) bool { return s != "" && !strings.EqualFold(s, "false") }

// columns lists the mapped columns of a struct, following embedded structs
// as GORM does (anonymous fields and `embedded` fields, with embeddedPrefix).
func columns(st *types.Struct, prefix string, depth int) []column {
	var out []column
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		tag := reflect.StructTag(st.Tag(i)).Get("gorm")
		set := parseTag(tag, ";")
		if tag == "-" || set["-"] == "-" || !f.Exported() {
			continue
		}
		if inner, ok := f.Type().Underlying().(*types.Struct); ok && depth < 4 && (f.Anonymous() || set["EMBEDDED"] != "") && !isTimeLike(f.Type()) {
			out = append(out, columns(inner, prefix+set["EMBEDDEDPREFIX"], depth+1)...)
			continue
		}
		name := set["COLUMN"]
		if name == "" {
			name = ColumnName(f.Name())
		}
		out = append(out, column{
			Field:   f.Name(),
			Name:    prefix + name,
			Primary: truthy(set["PRIMARYKEY"]) || truthy(set["PRIMARY_KEY"]),
			Type:    f.Type(),
			Tag:     tag,
			Set:     set,
		})
	}
	return out
}

func isTimeLike(t types.Type) bool {
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() + "." + n.Obj().Name() {
	case "time.Time", "gorm.io/gorm.DeletedAt", "database/sql.NullTime", "database/sql.NullString", "database/sql.NullInt64":
		return true
	}
	return false
}

// modelColumns returns the columns of model and the struct they come from.
func modelColumns(model *types.Named) []column {
	st, ok := model.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	cols := columns(st, "", 0)
	hasPK := false
	for _, c := range cols {
		hasPK = hasPK || c.Primary
	}
	if !hasPK {
		for i, c := range cols {
			if c.Name == "id" || c.Field == "ID" {
				cols[i].Primary = true
				break
			}
		}
	}
	return cols
}

// uniqueKeys lists the unique column sets of model from its struct tags:
// the primary key, `unique` columns, and unique indexes (uniqueIndex,
// index:...,unique, index:...,class:UNIQUE), composites grouped by name.
func uniqueKeys(model *types.Named) []orm.UniqueKey {
	cols := modelColumns(model)
	if cols == nil {
		return nil
	}
	var keys []orm.UniqueKey
	var pk orm.UniqueKey
	pk.Name = "primary key"
	for _, c := range cols {
		if c.Primary {
			pk.Columns = append(pk.Columns, c.Name)
			pk.Fields = append(pk.Fields, c.Field)
		}
	}
	if len(pk.Columns) > 0 {
		keys = append(keys, pk)
	}
	ix := tagIndexes{members: map[string][]indexMember{}, partial: map[string]bool{}, where: map[string]string{}, unique: map[string]bool{}}
	for _, col := range cols {
		if truthy(col.Set["UNIQUE"]) {
			keys = append(keys, orm.UniqueKey{Name: "uni_" + col.Name, Columns: []string{col.Name}, Fields: []string{col.Field}})
		}
		for _, part := range strings.Split(col.Tag, ";") {
			ix.add(col, part)
		}
	}
	for _, name := range ix.order {
		if !ix.unique[name] {
			continue
		}
		ms := ix.members[name]
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].priority < ms[j].priority })
		k := orm.UniqueKey{Name: name, Partial: ix.partial[name], Where: ix.where[name]}
		for _, m := range ms {
			k.Columns = append(k.Columns, m.col.Name)
			k.Fields = append(k.Fields, m.col.Field)
		}
		keys = append(keys, k)
	}
	return keys
}

// tagIndexes gathers the indexes a model's gorm tags declare, by name.
type tagIndexes struct {
	members map[string][]indexMember
	partial map[string]bool
	where   map[string]string
	unique  map[string]bool
	order   []string
}

type indexMember struct {
	col      column
	priority int
}

// add reads one part of col's tag (index:name,unique or uniqueIndex).
func (ix *tagIndexes) add(col column, part string) {
	kv := strings.SplitN(part, ":", 2)
	k := strings.TrimSpace(strings.ToUpper(kv[0]))
	if k != "INDEX" && k != "UNIQUEINDEX" && k != "UNIQUE_INDEX" { // unique_index: GORM v1
		return
	}
	val := ""
	if len(kv) == 2 {
		val = kv[1]
	}
	name, rest, _ := strings.Cut(val, ",")
	opts := parseTag(rest, ",")
	unique := k == "UNIQUEINDEX" || k == "UNIQUE_INDEX" || opts["UNIQUE"] != "" || strings.EqualFold(opts["CLASS"], "UNIQUE")
	if name == "" {
		if !unique {
			return
		}
		name = "idx_" + col.Name // one index per unnamed field
	}
	// GORM merges the fields that name one index into one index,
	// unique when any of them says so (uniqueIndex:x on one field and
	// index:x on another is a composite unique index).
	if unique {
		ix.unique[name] = true
	}
	if _, seen := ix.members[name]; !seen {
		ix.order = append(ix.order, name)
	}
	if opts["WHERE"] != "" {
		ix.partial[name] = true
		ix.where[name] = opts["WHERE"]
	}
	prio := 10
	if p := opts["PRIORITY"]; p != "" {
		prio = atoi(p, 10)
	}
	ix.members[name] = append(ix.members[name], indexMember{col, prio})
}

func atoi(s string, def int) int {
	n := 0
	for _, r := range strings.TrimSpace(s) {
		if r < '0' || r > '9' {
			return def
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// CreateWrites returns the fields of model that GORM's create sets on the
// record before it inserts it, so that they keep their new value when the
// insert fails: the creation and update times (CreatedAt and UpdatedAt,
// or tagged autoCreateTime or autoUpdateTime) and the fields with a
// default: tag, when zero. The primary key and the values a RETURNING
// clause reads are set only after the insert succeeded.
func CreateWrites(model *types.Named) []string {
	var out []string
	for _, c := range modelColumns(model) {
		_, create := c.Set["AUTOCREATETIME"]
		_, update := c.Set["AUTOUPDATETIME"]
		_, def := c.Set["DEFAULT"]
		if create || update || def || c.Field == "CreatedAt" || c.Field == "UpdatedAt" {
			out = append(out, c.Field)
		}
	}
	return out
}
