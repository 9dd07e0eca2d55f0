package sqlorm

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"sync"

	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlschema"
)

// index holds what a package declares once and uses in its queries:
// statements prepared from constant SQL and kept in a variable or a
// struct field (s.selectUserStmt, err = db.Prepare(selectUserSQL), or a
// list of {&s.insertStmt, insertSQL} pairs prepared in a loop), and
// package variables holding constant SQL (var selectSQL = "SELECT ...").
// A variable or field given two different statements is left out.
type index struct {
	fset  *token.FileSet
	files []*ast.File
	info  *types.Info
	once  sync.Once
	stmts map[types.Object]string
	strs  map[types.Object]string
	// builders maps the package's functions that take no argument and
	// only return an expression to it; building holds those being
	// folded (builder), against recursion.
	builders map[*types.Func]ast.Expr
	building map[*types.Func]bool
}

// built returns x with its maps, built at the first use: most packages
// a pass sees never query SQL.
func (x *index) built() *index {
	if x == nil {
		return nil
	}
	x.once.Do(func() { x.build(x.files, x.info) })
	return x
}

// ambiguous marks a variable given more than one statement.
const ambiguous = "\x00"

func (x *index) build(files []*ast.File, info *types.Info) {
	x.stmts, x.strs = map[types.Object]string{}, map[types.Object]string{}
	if info == nil {
		return
	}
	assigned := map[types.Object]bool{}
	put := func(m map[types.Object]string, obj types.Object, s string) {
		if obj == nil {
			return
		}
		if old, ok := m[obj]; ok && old != s {
			s = ambiguous
		}
		m[obj] = s
	}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, sp := range gd.Specs {
				vs := sp.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if i < len(vs.Values) {
						if s, ok := orm.StringConst(info, vs.Values[i]); ok {
							put(x.strs, info.Defs[n], s)
						}
					}
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if obj := objOf(info, l); obj != nil && n.Tok == token.ASSIGN && !rebinds(info, n, i, obj) {
						assigned[obj] = true
					}
				}
				if len(n.Rhs) != 1 || len(n.Lhs) == 0 {
					return true
				}
				call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
				if !ok {
					return true
				}
				if s, ok := x.prepared(info, call); ok {
					put(x.stmts, objOf(info, n.Lhs[0]), s)
				}
			case *ast.CompositeLit:
				x.keyed(info, n, put)
				// {&s.insertStmt, insertSQL}: a statement and its SQL,
				// prepared by a helper
				if len(n.Elts) != 2 {
					return true
				}
				u, ok := ast.Unparen(n.Elts[0]).(*ast.UnaryExpr)
				if !ok || u.Op != token.AND || !isStmtPtr(info.TypeOf(n.Elts[0])) {
					return true
				}
				if s, ok := x.textOf(info, n.Elts[1]); ok {
					put(x.stmts, objOf(info, u.X), s)
				}
			}
			return true
		})
	}
	for obj := range assigned {
		delete(x.strs, obj)
	}
}

// prepared reads db.Prepare(q), PrepareContext(ctx, q), sqlx's Preparex
// and PreparexContext: the SQL of a statement.
func (x *index) prepared(info *types.Info, call *ast.CallExpr) (string, bool) {
	name := ""
	if _, n, ok := orm.Method(call); ok {
		name = n
	}
	switch name {
	case "Prepare", "PrepareContext", "Preparex", "PreparexContext":
	default:
		// a helper of the module that prepares the one string it is
		// given (goalert's p.P(query) *sql.Stmt)
		if n := stringArgs(info, call); n != 1 {
			return "", false
		}
	}
	t := info.TypeOf(call)
	if tu, ok := t.(*types.Tuple); ok && tu.Len() > 0 {
		t = tu.At(0).Type()
	}
	if !isStmt(t) || len(call.Args) == 0 {
		return "", false
	}
	return x.textOf(info, call.Args[len(call.Args)-1])
}

// keyed indexes the fields a struct literal gives constant SQL
// (SQLProvider{sqlSelectUser: fmt.Sprintf(queryFmt, tableUsers)}) or a
// statement prepared from it (&Handler{userLookup: p.P(`SELECT ...`)}).
func (x *index) keyed(info *types.Info, lit *ast.CompositeLit, put func(map[types.Object]string, types.Object, string)) {
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if s, ok := x.textOf(info, kv.Value); ok {
			put(x.strs, objOf(info, kv.Key), s)
		}
		if call, ok := ast.Unparen(kv.Value).(*ast.CallExpr); ok {
			if s, ok := x.prepared(info, call); ok {
				put(x.stmts, objOf(info, kv.Key), s)
			}
		}
	}
}

// stringArgs counts call's arguments of a string type.
func stringArgs(info *types.Info, call *ast.CallExpr) int {
	n := 0
	for _, a := range call.Args {
		if t := info.TypeOf(a); t != nil && isString(t) {
			n++
		}
	}
	return n
}

// sqlText is the constant SQL e holds: a constant, or a package variable
// the index knows.
func (x *index) sqlText(info *types.Info, e ast.Expr) (string, bool) {
	if s, ok := orm.StringConst(info, e); ok {
		return s, true
	}
	return x.built().textOf(info, e)
}

// textOf is sqlText on the maps as they are (while they are built).
func (x *index) textOf(info *types.Info, e ast.Expr) (string, bool) {
	if s, ok := orm.StringConst(info, e); ok {
		return s, true
	}
	if s, ok := x.sprintf(info, e); ok {
		return s, true
	}
	if s, ok := x.builder(info, e); ok {
		return s, true
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok && len(call.Args) == 1 {
		// tx.Rebind(`SELECT ... WHERE oid = ?`): sqlx's placeholders
		// rewritten for the driver, the same statement
		if _, name, ok := orm.Method(call); ok && name == "Rebind" {
			return x.textOf(info, call.Args[0])
		}
	}
	if x == nil {
		return "", false
	}
	if obj := objOf(info, e); obj != nil {
		if s, ok := x.strs[obj]; ok && s != ambiguous {
			return s, true
		}
	}
	return "", false
}

// stmt returns the SQL of the prepared statement e is: a variable or
// field of the index, or a statement bound to a transaction
// (tx.Stmt(s.insertStmt), a helper's TxStmt(txn, s.insertStmt)).
func (x *index) stmt(info *types.Info, e ast.Expr) (string, bool) {
	if x = x.built(); x == nil {
		return "", false
	}
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		for _, arg := range call.Args {
			if isStmt(info.TypeOf(arg)) {
				return x.stmt(info, arg)
			}
		}
		return "", false
	}
	if s, ok := x.stmts[objOf(info, e)]; ok {
		return s, s != ambiguous
	}
	return x.tagged(info, e)
}

// tagged returns the SQL of a statement field tagged with the name of a
// query kept in the module's .sql files, as goyesql loads them:
//
//	type Queries struct {
//		GetUser *sqlx.Stmt `query:"get-user"`
//	}
//
//	-- name: get-user
//	SELECT * FROM users WHERE email = $1;
func (x *index) tagged(info *types.Info, e ast.Expr) (string, bool) {
	se, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || x.fset == nil {
		return "", false
	}
	sel := info.Selections[se]
	if sel == nil || sel.Kind() != types.FieldVal {
		return "", false
	}
	t := sel.Recv()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return "", false
	}
	for i := 0; i < st.NumFields(); i++ {
		if st.Field(i) != sel.Obj() {
			continue
		}
		name := reflect.StructTag(st.Tag(i)).Get("query")
		if name == "" {
			return "", false
		}
		file := x.fset.Position(se.Pos()).Filename
		root := sqlschema.ModuleDir(file)
		if root == "" {
			return "", false
		}
		q, ok := sqlschema.Named(root)[name]
		return q, ok
	}
	return "", false
}

// objOf returns the variable an identifier or a field selector denotes.
func objOf(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := info.Defs[e]; obj != nil {
			return obj
		}
		return info.Uses[e]
	case *ast.SelectorExpr:
		if sel := info.Selections[e]; sel != nil && sel.Kind() == types.FieldVal {
			return sel.Obj()
		}
		return info.Uses[e.Sel] // a package's variable
	}
	return nil
}

// isStmt reports *sql.Stmt or *sqlx.Stmt.
func isStmt(t types.Type) bool {
	path, name := named(t)
	return name == "Stmt" && (path == SQLPath || path == SqlxPath)
}

// isStmtPtr reports **sql.Stmt or **sqlx.Stmt.
func isStmtPtr(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && isStmt(p.Elem())
}

// sprintf folds fmt.Sprintf of constants (fmt.Sprintf(queryFmt,
// tableUsers)) and of the package's string variables the index knows
// (var sqlTableUsers = "users", never assigned again): the SQL a query
// built from a format and table names is. An element of a package
// variable's []string (sftpgo's sqlPlaceholders[0], "$1" or "?" by
// driver) is read as a placeholder, "?".
func (x *index) sprintf(info *types.Info, e ast.Expr) (string, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || call.Ellipsis.IsValid() {
		return "", false
	}
	fn, ok := orm.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || fn.Name() != "Sprintf" {
		return "", false
	}
	format, ok := orm.StringConst(info, call.Args[0])
	if !ok {
		return "", false
	}
	var args []any
	for _, a := range call.Args[1:] {
		tv := info.Types[a]
		switch {
		case tv.Value != nil && tv.Value.Kind() == constant.String:
			args = append(args, constant.StringVal(tv.Value))
		case tv.Value != nil && tv.Value.Kind() == constant.Int:
			n, exact := constant.Int64Val(tv.Value)
			if !exact {
				return "", false
			}
			args = append(args, n)
		case tv.Value != nil:
			return "", false
		case x != nil && placeholderVar(info, a):
			args = append(args, "?")
		default:
			s, ok := x.textOf(info, a)
			if !ok || x == nil {
				return "", false
			}
			args = append(args, s)
		}
	}
	return fmt.Sprintf(format, args...), true
}

// placeholderVar reports v[i], i a constant and v a package variable of
// type []string: a driver's placeholders picked at start-up.
func placeholderVar(info *types.Info, e ast.Expr) bool {
	ix, ok := ast.Unparen(e).(*ast.IndexExpr)
	if !ok || info.Types[ix.Index].Value == nil {
		return false
	}
	v, ok := objOf(info, ix.X).(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() != v.Pkg().Scope() {
		return false
	}
	sl, ok := v.Type().Underlying().(*types.Slice)
	return ok && isString(sl.Elem())
}

// builder folds a call of a function of the package that takes no
// arguments and only returns SQL the index can read (sftpgo's
// getAdminByUsernameQuery: return fmt.Sprintf(...)).
func (x *index) builder(info *types.Info, e ast.Expr) (string, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 || x == nil {
		return "", false
	}
	fn, ok := orm.Callee(info, call).(*types.Func)
	if !ok || x.building[fn] {
		return "", false
	}
	if x.builders == nil {
		x.builders = map[*types.Func]ast.Expr{}
		for _, f := range x.files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Recv != nil || fd.Body == nil || fd.Type.Params.NumFields() != 0 || len(fd.Body.List) != 1 {
					continue
				}
				if r, ok := fd.Body.List[0].(*ast.ReturnStmt); ok && len(r.Results) == 1 {
					if g, ok := info.Defs[fd.Name].(*types.Func); ok {
						x.builders[g] = r.Results[0]
					}
				}
			}
		}
	}
	e, ok = x.builders[fn]
	if !ok {
		return "", false
	}
	if x.building == nil {
		x.building = map[*types.Func]bool{}
	}
	x.building[fn] = true
	defer delete(x.building, fn)
	return x.textOf(info, e)
}

// rebinds reports the i-th assignment of as, to obj, as obj =
// db.Rebind(obj): sqlx's placeholders rewritten for the driver, the same
// statement.
func rebinds(info *types.Info, as *ast.AssignStmt, i int, obj types.Object) bool {
	if len(as.Rhs) != len(as.Lhs) {
		return false
	}
	call, ok := ast.Unparen(as.Rhs[i]).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || objOf(info, call.Args[0]) != obj {
		return false
	}
	_, name, ok := orm.Method(call)
	return ok && name == "Rebind"
}
