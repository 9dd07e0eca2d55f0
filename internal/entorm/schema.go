package entorm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/upsertfix/upsertfix/internal/orm"
)

var cache sync.Map // dir + "\x00" + model -> []orm.UniqueKey

// UniqueKeys implements orm.Adapter. It reads the generated package beside
// the model: <entity>/<entity>.go for the table name and field constants,
// and migrate/schema.go for the primary key, unique columns and unique
// indexes.
func (Adapter) UniqueKeys(fset *token.FileSet, model *types.Named) []orm.UniqueKey {
	file := fset.Position(model.Obj().Pos()).Filename
	if file == "" {
		return nil
	}
	dir := filepath.Dir(file)
	key := dir + "\x00" + model.Obj().Name()
	if v, ok := cache.Load(key); ok {
		return v.([]orm.UniqueKey)
	}
	keys := readKeys(dir, model)
	cache.Store(key, keys)
	return keys
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

func readKeys(dir string, model *types.Named) []orm.UniqueKey {
	entity := strings.ToLower(model.Obj().Name())
	entityPath := model.Obj().Pkg().Path() + "/" + entity
	fset := token.NewFileSet()
	ef, err := parser.ParseFile(fset, filepath.Join(dir, entity, entity+".go"), nil, 0)
	if err != nil {
		return nil
	}
	table := ""
	fieldConst := map[string]string{} // column -> qualified constant
	for _, d := range ef.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			for i, n := range vs.Names {
				if i >= len(vs.Values) {
					continue
				}
				s, ok := stringLit(vs.Values[i])
				switch {
				case !ok:
				case n.Name == "Table":
					table = s
				case strings.HasPrefix(n.Name, "Field"):
					fieldConst[s] = entityPath + "." + n.Name
				}
			}
		}
	}
	mf, err := parser.ParseFile(fset, filepath.Join(dir, "migrate", "schema.go"), nil, 0)
	if err != nil || table == "" {
		return nil
	}
	// var XColumns = []*schema.Column{{Name: "id", ...}, ...}
	columns := map[string][]ast.Expr{}
	var tableLit *ast.CompositeLit
	ast.Inspect(mf, func(n ast.Node) bool {
		vs, ok := n.(*ast.ValueSpec)
		if !ok {
			return true
		}
		for i, name := range vs.Names {
			if i >= len(vs.Values) {
				continue
			}
			v := vs.Values[i]
			if u, ok := v.(*ast.UnaryExpr); ok && u.Op == token.AND {
				v = u.X
			}
			lit, ok := v.(*ast.CompositeLit)
			if !ok {
				continue
			}
			if strings.HasSuffix(name.Name, "Columns") {
				columns[name.Name] = lit.Elts
			}
			if s, ok := stringLit(kv(lit, "Name")); ok && s == table && strings.HasSuffix(name.Name, "Table") {
				tableLit = lit
			}
		}
		return true
	})
	if tableLit == nil {
		return nil
	}
	colsVar, _ := kv(tableLit, "Columns").(*ast.Ident)
	if colsVar == nil {
		return nil
	}
	colName := func(i int) string {
		elts := columns[colsVar.Name]
		if i < 0 || i >= len(elts) {
			return ""
		}
		lit, ok := elts[i].(*ast.CompositeLit)
		if !ok {
			return ""
		}
		s, _ := stringLit(kv(lit, "Name"))
		return s
	}
	// refs reads []*schema.Column{XColumns[1], XColumns[2]}.
	refs := func(e ast.Expr) []string {
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			return nil
		}
		var out []string
		for _, el := range lit.Elts {
			ix, ok := el.(*ast.IndexExpr)
			if !ok {
				return nil
			}
			b, ok := ix.Index.(*ast.BasicLit)
			if !ok {
				return nil
			}
			i, _ := strconv.Atoi(b.Value)
			c := colName(i)
			if c == "" {
				return nil
			}
			out = append(out, c)
		}
		return out
	}
	mk := func(name string, cols []string, partial bool) orm.UniqueKey {
		k := orm.UniqueKey{Name: name, Columns: cols, Partial: partial}
		for _, c := range cols {
			k.Fields = append(k.Fields, fieldConst[c])
		}
		return k
	}
	var keys []orm.UniqueKey
	if pk := refs(kv(tableLit, "PrimaryKey")); len(pk) > 0 {
		keys = append(keys, mk("primary key", pk, false))
	}
	for i, el := range columns[colsVar.Name] {
		lit, ok := el.(*ast.CompositeLit)
		if !ok {
			continue
		}
		if u, ok := kv(lit, "Unique").(*ast.Ident); ok && u.Name == "true" {
			keys = append(keys, mk(table+"."+colName(i)+" unique", []string{colName(i)}, false))
		}
	}
	if idx, ok := kv(tableLit, "Indexes").(*ast.CompositeLit); ok {
		for _, el := range idx.Elts {
			lit, ok := el.(*ast.CompositeLit)
			if !ok {
				continue
			}
			u, ok := kv(lit, "Unique").(*ast.Ident)
			if !ok || u.Name != "true" {
				continue
			}
			name, _ := stringLit(kv(lit, "Name"))
			partial := kv(lit, "Annotation") != nil // entsql.IndexWhere lives in the annotation
			keys = append(keys, mk(name, refs(kv(lit, "Columns")), partial))
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return len(keys[i].Columns) < len(keys[j].Columns) })
	return keys
}

// kv returns the value of key in a keyed composite literal, or nil.
func kv(lit *ast.CompositeLit, key string) ast.Expr {
	for _, el := range lit.Elts {
		if p, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := p.Key.(*ast.Ident); ok && id.Name == key {
				return p.Value
			}
		}
	}
	return nil
}
