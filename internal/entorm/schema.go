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

// UniqueKeys implements orm.Adapter. It reads the generated package beside
// the model: <entity>/<entity>.go for the table name and field constants,
// and migrate/schema.go for the primary key, unique columns and unique
// indexes.
func (a Adapter) UniqueKeys(fset *token.FileSet, model *types.Named) []orm.UniqueKey {
	file := fset.Position(model.Obj().Pos()).Filename
	if file == "" {
		return nil
	}
	dir := filepath.Dir(file)
	if a.cache == nil {
		return readKeys(dir, model)
	}
	key := dir + "\x00" + model.Obj().Name()
	a.cache.mu.Lock()
	defer a.cache.mu.Unlock()
	if keys, ok := a.cache.keys[key]; ok {
		return keys
	}
	keys := readKeys(dir, model)
	a.cache.keys[key] = keys
	return keys
}

// keyCache holds one adapter's unique keys, by generated package and
// entity: the adapter is made per analysis pass (New), so nothing
// outlives the pass.
type keyCache struct {
	mu   sync.Mutex
	keys map[string][]orm.UniqueKey
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
	fset := token.NewFileSet()
	table, fieldConst, ok := entityConsts(fset, filepath.Join(dir, entity, entity+".go"), model.Obj().Pkg().Path()+"/"+entity)
	if !ok {
		return nil
	}
	mf, err := parser.ParseFile(fset, filepath.Join(dir, "migrate", "schema.go"), nil, 0)
	if err != nil || table == "" {
		return schemaKeys(fset, filepath.Join(dir, "schema"), model.Obj().Name(), fieldConst)
	}
	mt := migrateTable(mf, table)
	if mt == nil {
		return nil
	}
	mk := func(name string, cols []string, partial bool) orm.UniqueKey {
		k := orm.UniqueKey{Name: name, Columns: cols, Partial: partial}
		for _, c := range cols {
			k.Fields = append(k.Fields, fieldConst[c])
		}
		return k
	}
	var keys []orm.UniqueKey
	if pk := mt.refs(kv(mt.lit, "PrimaryKey")); len(pk) > 0 {
		keys = append(keys, mk("primary key", pk, false))
	}
	for i, el := range mt.columns {
		lit, ok := el.(*ast.CompositeLit)
		if !ok {
			continue
		}
		if u, ok := kv(lit, "Unique").(*ast.Ident); ok && u.Name == "true" {
			keys = append(keys, mk(table+"."+mt.colName(i)+" unique", []string{mt.colName(i)}, false))
		}
	}
	if idx, ok := kv(mt.lit, "Indexes").(*ast.CompositeLit); ok {
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
			k := mk(name, mt.refs(kv(lit, "Columns")), partial)
			if a := litOf(kv(lit, "Annotation")); a != nil {
				k.Where, _ = stringLit(kv(a, "Where"))
			}
			keys = append(keys, k)
		}
	}
	sort.SliceStable(keys, func(i, j int) bool { return len(keys[i].Columns) < len(keys[j].Columns) })
	return keys
}

// entityConsts reads the generated entity package's constants: the
// table name (Table) and, for each column, its qualified Field constant.
func entityConsts(fset *token.FileSet, file, entityPath string) (table string, fieldConst map[string]string, ok bool) {
	ef, err := parser.ParseFile(fset, file, nil, 0)
	if err != nil {
		return "", nil, false
	}
	fieldConst = map[string]string{} // column -> qualified constant
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
	return table, fieldConst, true
}

// migTable is one table of migrate/schema.go: its literal
// (&schema.Table{Name: ..., Columns: XColumns, ...}) and its columns.
type migTable struct {
	lit     *ast.CompositeLit
	columns []ast.Expr // the elements of var XColumns = []*schema.Column{...}
}

// migrateTable finds table's literal and columns in migrate/schema.go.
func migrateTable(mf *ast.File, table string) *migTable {
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
	return &migTable{lit: tableLit, columns: columns[colsVar.Name]}
}

// colName is the name of the table's i-th column, or "".
func (t *migTable) colName(i int) string {
	if i < 0 || i >= len(t.columns) {
		return ""
	}
	lit, ok := t.columns[i].(*ast.CompositeLit)
	if !ok {
		return ""
	}
	s, _ := stringLit(kv(lit, "Name"))
	return s
}

// refs reads []*schema.Column{XColumns[1], XColumns[2]} into column names.
func (t *migTable) refs(e ast.Expr) []string {
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
		c := t.colName(i)
		if c == "" {
			return nil
		}
		out = append(out, c)
	}
	return out
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

// schemaKeys is the fallback when there is no generated migrate/schema.go:
// it reads the user's schema package (<client>/schema) for the entity's
// Fields() with field.X("name")...Unique() and Indexes() with
// index.Fields("a", "b")...Unique(). Indexes that also name edges are
// skipped: their columns are not known here.
func schemaKeys(fset *token.FileSet, dir, entity string, fieldConst map[string]string) []orm.UniqueKey {
	pkgs, err := parser.ParseDir(fset, dir, nil, 0)
	if err != nil {
		return nil
	}
	mk := func(name string, cols []string) orm.UniqueKey {
		k := orm.UniqueKey{Name: name, Columns: cols}
		for _, c := range cols {
			k.Fields = append(k.Fields, fieldConst[c])
		}
		return k
	}
	keys := []orm.UniqueKey{mk("primary key", []string{"id"})}
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Recv == nil || fd.Body == nil || recvName(fd) != entity {
					continue
				}
				switch fd.Name.Name {
				case "Fields":
					for _, chain := range chains(fd.Body) {
						if chain.root == "field" && chain.unique && len(chain.args) > 0 {
							keys = append(keys, mk(entity+"."+chain.args[0]+" unique", chain.args[:1]))
						}
					}
				case "Indexes":
					for _, chain := range chains(fd.Body) {
						if chain.root == "index" && chain.first == "Fields" && chain.unique && !chain.edges && len(chain.args) > 0 {
							keys = append(keys, mk("index "+strings.Join(chain.args, "_"), chain.args))
						}
					}
				}
			}
		}
	}
	return keys
}

func recvName(fd *ast.FuncDecl) string {
	t := fd.Recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	if id, ok := t.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// chain is one builder expression of a schema: pkg.First("a", ...).M()...
type chain struct {
	root, first string   // field, String / index, Fields
	args        []string // the string arguments of the first call
	unique      bool     // .Unique() somewhere in the chain
	edges       bool     // .Edges(...) somewhere in the chain
}

// chains returns the outermost builder chains in a Fields or Indexes body.
func chains(body *ast.BlockStmt) []chain {
	var out []chain
	ast.Inspect(body, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		for _, el := range lit.Elts {
			var c chain
			e := el
			for {
				call, ok := e.(*ast.CallExpr)
				if !ok {
					break
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					break
				}
				switch sel.Sel.Name {
				case "Unique":
					c.unique = true
				case "Edges":
					c.edges = true
				}
				if id, ok := sel.X.(*ast.Ident); ok { // the root call: field.String("email")
					c.root, c.first = id.Name, sel.Sel.Name
					for _, a := range call.Args {
						if s, ok := stringLit(a); ok {
							c.args = append(c.args, s)
						}
					}
					break
				}
				e = sel.X
			}
			if c.root != "" {
				out = append(out, c)
			}
		}
		return false
	})
	return out
}
