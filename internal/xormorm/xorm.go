// Package xormorm is the xorm (xorm.io/xorm) vocabulary of the
// get-or-create matcher: Get and Exist are lookups that answer with a
// bool, Insert and InsertOne are creates, and unique keys come from the
// model's xorm tags (pk, unique, unique(name)).
//
//	u := &User{Email: email}
//	has, err := engine.Get(u) // the bean's non-zero fields are conditions
//	if err != nil { return err }
//	if !has {
//		_, err = engine.Insert(&User{Email: email})
//	}
//
// Receivers are recognized by type (*xorm.Engine, *xorm.Session and the
// xorm.Interface and EngineInterface interfaces), never by name.
package xormorm

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
)

// Path is the import path of xorm.
const Path = "xorm.io/xorm"

// IsPath reports whether path is xorm's or a fork's with the same API:
// github.com/go-xorm/xorm (its home before xorm.io), and
// github.com/xorm-io/xorm (casdoor's).
func IsPath(path string) bool {
	switch path {
	case Path, "github.com/go-xorm/xorm", "github.com/xorm-io/xorm":
		return true
	}
	return false
}

// IsBuilderPath is IsPath for xorm's condition builder.
func IsBuilderPath(path string) bool {
	switch path {
	case BuilderPath, "github.com/go-xorm/builder", "github.com/xorm-io/builder":
		return true
	}
	return false
}

// Adapter is xorm's vocabulary.
type Adapter struct{}

// Name implements orm.Adapter.
func (Adapter) Name() string { return "xorm" }

// Triggers implements orm.Adapter.
func (Adapter) Triggers(path string) bool { return IsPath(path) }

// IsXorm reports whether t is an xorm handle: *xorm.Engine,
// *xorm.Session, or one of xorm's interfaces over them.
func IsXorm(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	if !IsPath(n.Obj().Pkg().Path()) {
		return sessionInterface(n)
	}
	switch n.Obj().Name() {
	case "Engine", "Session", "Interface", "EngineInterface", "EngineGroup":
		return true
	}
	return false
}

// sessionInterface reports an interface of the module's own that
// *xorm.Session implements and whose methods speak of xorm's types (the
// Gitea family's Engine: Get(...any) (bool, error), Where(any, ...any)
// *xorm.Session, ...): a handle that is a session or an engine wherever
// the module passes one. Its package must import xorm, which leaves out
// every other interface at once.
func sessionInterface(n *types.Named) bool {
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || !importsXorm(n.Obj().Pkg()) {
		return false
	}
	sess := xormSession(iface)
	return sess != nil && types.Implements(types.NewPointer(sess), iface)
}

// importsXorm reports a package that imports xorm (or a fork).
func importsXorm(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if IsPath(imp.Path()) {
			return true
		}
	}
	return false
}

// xormSession finds xorm's Session type through the types iface's
// methods mention.
func xormSession(iface *types.Interface) types.Type {
	for m := range iface.Methods() {
		sig := m.Type().(*types.Signature)
		for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
			for v := range tup.Variables() {
				t := v.Type()
				if p, ok := types.Unalias(t).(*types.Pointer); ok {
					t = p.Elem()
				}
				if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && IsPath(n.Obj().Pkg().Path()) {
					if s, ok := n.Obj().Pkg().Scope().Lookup("Session").(*types.TypeName); ok {
						return s.Type()
					}
				}
			}
		}
	}
	return nil
}

// Lookup implements orm.Adapter.
func (a Adapter) Lookup(info *types.Info, call *ast.CallExpr) *orm.Lookup {
	return a.LookupResolved(info, call, nil)
}

// LookupResolved implements orm.LookupResolver: a bean held in a variable
// defined from a literal (u := &User{Email: e}; engine.Get(u)) is read
// through its definition.
func (a Adapter) LookupResolved(info *types.Info, call *ast.CallExpr, resolve orm.Resolver) *orm.Lookup {
	recv, name, ok := orm.Method(call)
	if !ok || !IsXorm(info.TypeOf(recv)) || call.Ellipsis.IsValid() {
		return nil
	}
	if name == "Find" {
		return findLookup(info, call, recv, resolve)
	}
	if name == "Update" {
		return updateLookup(info, call, recv, resolve)
	}
	if len(call.Args) != 1 {
		return nil
	}
	kind := orm.ExistLookup
	switch name {
	case "Get", "Exist":
	case "Count":
		kind = orm.CountLookup // n, err := x.Where(...).Count(&T{}): n == 0 is not found
	default:
		return nil
	}
	bean := call.Args[0]
	model := orm.StructOf(info.TypeOf(bean))
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: kind, Model: model}
	if name == "Get" {
		l.Dest = bean
	}
	return keyed(info, l, recv, bean, model, resolve)
}

// updateLookup reads n, err := x.Where(...).Update(&T{...}) (or with
// Incr/Decr/SetExpr in the chain): an update whose row count says
// whether a row matched (n == 0: none, then an insert, Gitea's
// CountArchiveDownload). The bean gives the values to set, not
// conditions: the key is the chain's.
func updateLookup(info *types.Info, call *ast.CallExpr, recv ast.Expr, resolve orm.Resolver) *orm.Lookup {
	if len(call.Args) != 1 {
		return nil
	}
	model := orm.StructOf(info.TypeOf(call.Args[0]))
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: orm.CountLookup, Model: model, Updates: true}
	l = keyed(info, l, recv, nil, model, resolve)
	if l.KeyErr == orm.NoConditions {
		l.KeyErr = "the update has no conditions"
	}
	return l
}

// findLookup reads Find(&rows) and Find(&rows, &Bean{...}): a lookup
// whose rows the caller counts (len(rows) == 0 is not found). The bean's
// non-zero fields are conditions, as for Get.
func findLookup(info *types.Info, call *ast.CallExpr, recv ast.Expr, resolve orm.Resolver) *orm.Lookup {
	if len(call.Args) != 1 && len(call.Args) != 2 {
		return nil
	}
	model := orm.SliceStruct(info.TypeOf(call.Args[0]))
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: orm.RowsLookup, Model: model, Dest: call.Args[0]}
	if len(call.Args) == 1 {
		return keyed(info, l, recv, nil, model, resolve)
	}
	if bm := orm.StructOf(info.TypeOf(call.Args[1])); bm == nil || !types.Identical(bm, model) {
		return nil // conditions of another table, or a map
	}
	return keyed(info, l, recv, call.Args[1], model, resolve)
}

// keyed sets l's key from recv's chain and the bean (nil for none).
func keyed(info *types.Info, l *orm.Lookup, recv, bean ast.Expr, model *types.Named, resolve orm.Resolver) *orm.Lookup {
	cols, vals, why := chainKey(info, recv, model, resolve)
	if why != "" {
		l.KeyErr = why
		return l
	}
	var bc []string
	var bv []ast.Expr
	if bean != nil {
		bc, bv, why = beanKey(info, bean, model, resolve)
		if why != "" {
			l.KeyErr = why
			return l
		}
	}
	l.Key, l.Values = append(cols, bc...), append(vals, bv...)
	if len(l.Key) == 0 {
		l.KeyErr = orm.NoConditions
	}
	return l
}

// chainKey reads the conditions of recv's chain: Where and And with
// "col = ? AND col2 = ?" and their arguments, ID(v) on the primary key.
// Other calls that only narrow or order (Table, Cols, OrderBy, Desc, Asc,
// Limit, NoAutoCondition) are skipped; Or, In, NotIn and SQL fail.
func chainKey(info *types.Info, x ast.Expr, model *types.Named, resolve orm.Resolver) (cols []string, vals []ast.Expr, why string) {
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if id, isIdent := ast.Unparen(x).(*ast.Ident); !ok && isIdent && resolve != nil {
			// a session built in a local first (q := engine.Where(...);
			// q.Exist(&T{})): its conditions are the lookup's; a new
			// session (sess := engine.NewSession()) is the root
			if def, isCall := resolve(id).(*ast.CallExpr); isCall && IsXorm(info.TypeOf(def)) {
				if _, name, _ := orm.Method(def); name != "NewSession" {
					call, ok = def, true
				}
			}
		}
		if !ok {
			return cols, vals, ""
		}
		recv, name, ok := orm.Method(call)
		if !ok || !IsXorm(info.TypeOf(recv)) {
			return cols, vals, "" // the engine, from a call of the module (db.GetEngine(ctx))
		}
		switch name {
		case "Where", "And":
			if len(call.Args) == 0 {
				return nil, nil, "a condition is empty"
			}
			if c, v, ok := builderEq(info, call.Args[0]); ok && len(call.Args) == 1 {
				// Where(builder.Eq{"object_id": id, ...})
				cols, vals = append(append([]string{}, c...), cols...), append(append([]ast.Expr{}, v...), vals...)
				break
			}
			s, ok := stringConst(info, call.Args[0])
			if !ok {
				return nil, nil, "the condition is not a constant string of column = ? pairs"
			}
			c, w := sqlKey(s)
			if w != "" {
				return nil, nil, w
			}
			if len(c) != len(call.Args)-1 {
				return nil, nil, "the condition's placeholders and arguments do not pair up"
			}
			// outermost call first: prepend, to keep source order
			cols, vals = append(append([]string{}, c...), cols...), append(append([]ast.Expr{}, call.Args[1:]...), vals...)
		case "ID":
			pk := primaryKey(model)
			if len(pk) != 1 || len(call.Args) != 1 {
				return nil, nil, "ID() on a model without one primary-key column"
			}
			cols, vals = append(append([]string{}, pk...), cols...), append([]ast.Expr{call.Args[0]}, vals...)
		case "Table", "Cols", "OrderBy", "Desc", "Asc", "Limit", "NoAutoCondition", "Context", "NoCache", "ForUpdate", "Select", "Omit", "Unscoped",
			"Incr", "Decr", "SetExpr", "AllCols", "MustCols", "UseBool", "Nullable", "NoAutoTime": // (what an update sets)
		default:
			return nil, nil, "the query calls ." + name + ", so its rows are not a simple equality match"
		}
		x = recv
	}
}

// beanKey reads the bean's non-zero fields, which Get and Exist add as
// conditions: a literal (&User{Email: e}), or a variable defined by one
// and not assigned again. A bean of unknown content (a parameter) makes
// the key unknown.
func beanKey(info *types.Info, bean ast.Expr, model *types.Named, resolve orm.Resolver) (cols []string, vals []ast.Expr, why string) {
	x := ast.Unparen(bean)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	if id, ok := x.(*ast.Ident); ok {
		var def ast.Expr
		if resolve != nil {
			def = resolve(id)
		}
		if def == nil {
			if v, ok := info.ObjectOf(id).(*types.Var); ok && !isParam(v) && v.Parent() != nil && v.Parent() != v.Pkg().Scope() && orm.StructOf(v.Type()) == v.Type() {
				// a local struct (var u User), which the lookup fills:
				// no condition (fields set on it before the lookup are
				// not seen; see docs/xorm.md); a pointer of unknown
				// definition is unknown
				return nil, nil, ""
			}
			return nil, nil, "the bean's non-zero fields are conditions, and upsertfix cannot see which are set"
		}
		x = ast.Unparen(def)
		if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
			x = ast.Unparen(u.X)
		}
	}
	if c, ok := x.(*ast.CallExpr); ok {
		if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && id.Name == "new" {
			return nil, nil, "" // new(User): no condition
		}
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return nil, nil, "the bean's non-zero fields are conditions, and upsertfix cannot see which are set"
	}
	byField := map[string]string{}
	for _, c := range columnsOf(model) {
		byField[c.field] = c.name
	}
	st, _ := info.TypeOf(lit).Underlying().(*types.Struct)
	for i, e := range lit.Elts {
		var field string
		value := e
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				return nil, nil, "the bean literal is not keyed"
			}
			field, value = id.Name, kv.Value
		} else if st != nil && i < st.NumFields() && !st.Field(i).Embedded() {
			field = st.Field(i).Name() // &Star{0, userID, repoID}: fields in order
		} else {
			return nil, nil, "the bean literal is not keyed"
		}
		if tv, ok := info.Types[value]; ok && tv.Value != nil && orm.IsZeroConst(tv.Value) {
			continue // a zero value is no condition
		}
		col, ok := byField[field]
		if !ok {
			return nil, nil, "the bean sets " + field + ", which is not a column"
		}
		cols, vals = append(cols, col), append(vals, value)
	}
	return cols, vals, ""
}

// isParam reports a function's parameter or result.
func isParam(v *types.Var) bool {
	return v.Kind() == types.ParamVar || v.Kind() == types.ResultVar || v.Kind() == types.RecvVar
}

// sqlKey reads "a = ? AND b = ?" (columns quoted or not, table-qualified
// or not) into its columns; why says what else it holds.
func sqlKey(s string) ([]string, string) {
	var cols []string
	for _, part := range splitAnd(s) {
		lhs, rhs, ok := strings.Cut(part, "=")
		if !ok || strings.TrimSpace(rhs) != "?" || strings.ContainsAny(lhs, "<>!()") {
			return nil, "the condition " + quote(s) + " is not column = ? pairs joined by AND"
		}
		col := strings.TrimSpace(lhs)
		if i := strings.LastIndex(col, "."); i >= 0 {
			col = col[i+1:]
		}
		col = strings.Trim(col, "`\"[]")
		if col == "" || strings.ContainsAny(col, " \t") {
			return nil, "the condition " + quote(s) + " is not column = ? pairs joined by AND"
		}
		cols = append(cols, strings.ToLower(col))
	}
	return cols, ""
}

func splitAnd(s string) []string {
	var out []string
	low := strings.ToLower(s)
	for {
		i := strings.Index(low, " and ")
		if i < 0 {
			return append(out, strings.TrimSpace(s))
		}
		out = append(out, strings.TrimSpace(s[:i]))
		s, low = s[i+5:], low[i+5:]
	}
}

func quote(s string) string { return "\"" + s + "\"" }

var stringConst = orm.StringConst

// Create implements orm.Adapter: Insert or InsertOne of one record.
func (Adapter) Create(info *types.Info, call *ast.CallExpr) *orm.Create {
	recv, name, ok := orm.Method(call)
	if !ok || !IsXorm(info.TypeOf(recv)) || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return nil
	}
	switch name {
	case "Insert", "InsertOne":
	default:
		return nil
	}
	model := orm.StructOf(info.TypeOf(call.Args[0]))
	batch := false
	if model == nil {
		if model = orm.SliceStruct(info.TypeOf(call.Args[0])); model == nil {
			return nil
		}
		batch = true
	}
	return &orm.Create{Call: call, Method: name, Model: model, Arg: call.Args[0], Batch: batch}
}

// ModelArg implements orm.ModelArger: Insert and InsertOne of one
// record (or of a variadic forwarded whole, beans...) insert it; the
// other statements (Get, Exist, Find, Count, Update, Delete, Exec) are
// of another kind here.
func (Adapter) ModelArg(info *types.Info, call *ast.CallExpr, _ orm.Resolver) (orm.DataOp, ast.Expr) {
	recv, name, ok := orm.Method(call)
	if !ok || !IsXorm(info.TypeOf(recv)) {
		return orm.NoOp, nil
	}
	switch name {
	case "Insert", "InsertOne":
		if len(call.Args) != 1 {
			return orm.OtherOp, nil
		}
		return orm.CreateOp, call.Args[0]
	case "Get", "Exist", "Find", "Count", "Update", "Delete", "Exec", "Query", "QueryString", "Iterate", "Rows", "Sum", "Sums", "FindAndCount", "Incr", "Decr":
		return orm.OtherOp, nil
	}
	return orm.NoOp, nil
}

// Cond implements orm.Adapter: has (true when found), err.
func (Adapter) Cond(info *types.Info, cond ast.Expr, b *orm.Binding) (t, f orm.Outcome, ok bool) {
	rest := func(x orm.Outcome) (orm.Outcome, orm.Outcome, bool) { return x, orm.All &^ x, true }
	uses := func(e ast.Expr, obj types.Object) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && obj != nil && info.Uses[id] == obj
	}
	switch c := ast.Unparen(cond).(type) {
	case *ast.Ident:
		if uses(c, b.Count) {
			return rest(orm.Found)
		}
	case *ast.BinaryExpr:
		x, y := c.X, c.Y
		if uses(y, b.Err) || uses(y, b.Count) {
			x, y = y, x
			switch c.Op { // 0 < n is n > 0
			case token.LSS:
				c = &ast.BinaryExpr{X: x, Op: token.GTR, Y: y}
			case token.GTR:
				c = &ast.BinaryExpr{X: x, Op: token.LSS, Y: y}
			}
		}
		if isLenOf(info, y, b) {
			x, y = y, x
			switch c.Op {
			case token.LSS:
				c = &ast.BinaryExpr{X: x, Op: token.GTR, Y: y}
			case token.GTR:
				c = &ast.BinaryExpr{X: x, Op: token.LSS, Y: y}
			}
		}
		tv, found := info.Types[y]
		switch {
		case isLenOf(info, x, b) && found && tv.Value != nil:
			return orm.CountCond(c.Op, tv.Value)
		case uses(x, b.Err) && found && tv.IsNil():
			errNil := orm.Found // a function that reports not-found as an error
			if b.Lookup.Kind == orm.ExistLookup || b.Lookup.Kind == orm.ValueLookup || b.Lookup.Kind == orm.CountLookup || b.Lookup.Kind == orm.RowsLookup {
				errNil = orm.Found | orm.NotFound // Get answers not-found with (false, nil), Count with 0
			}
			switch c.Op {
			case token.EQL:
				return rest(errNil)
			case token.NEQ:
				return rest(orm.All &^ errNil)
			}
		case uses(x, b.Count) && found && tv.Value != nil:
			return orm.CountCond(c.Op, tv.Value)
		}
	}
	return 0, 0, false
}

// HandlesConflict implements orm.Adapter: a helper named for duplicates,
// or a test of the drivers' unique-violation codes.
func (Adapter) HandlesConflict(info *types.Info, n ast.Node) bool { return orm.ConflictHelper(info, n) }

// Check implements orm.Adapter.
func (Adapter) Check(info *types.Info, _ *orm.Lookup, c *orm.Create) string {
	if c.Batch {
		return "the create inserts several rows at once, so one caller's conflict on one key fails the whole batch; insert the missing row alone, then run upsertfix again"
	}
	return ""
}

// CarriesKey implements orm.Adapter: the record is a literal (or a
// variable defined by one) that sets every key field, or the lookup's
// bean itself.
func (Adapter) CarriesKey(info *types.Info, file *ast.File, c *orm.Create, key orm.UniqueKey) bool {
	vals, _ := gormorm.RecordValues(info, file, c)
	for _, f := range key.Fields {
		if _, ok := vals[f]; !ok {
			return false
		}
	}
	return len(key.Fields) > 0
}

// FixText implements orm.Adapter.
func (Adapter) FixText(info *types.Info, _ *orm.Lookup, c *orm.Create, key orm.UniqueKey, _ bool) string {
	if recv, _, ok := orm.Method(c.Call); ok && c.Via == "" && SessionRoot(info, recv) != nil {
		return "insert inside a savepoint (SAVEPOINT through the session's Exec), and after a failed insert roll back to it and go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; at REPEATABLE READ (MySQL's and MariaDB's default) the transaction's snapshot does not show the winner's row, so there the loser gets the insert's error, as before"
	}
	return "insert once, and after a failed insert go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; if the lookup again finds nothing, or fails, the insert's error is returned as before"
}

// Suggest implements orm.Adapter.
func (Adapter) Suggest(model *types.Named, cols []string) string {
	fields := map[string]string{}
	for _, c := range columnsOf(model) {
		fields[c.name] = c.field
	}
	var names []string
	for _, c := range cols {
		f := fields[c]
		if f == "" {
			f = c
		}
		names = append(names, model.Obj().Name()+"."+f)
	}
	if len(cols) == 1 {
		return "add `unique` to the xorm tag of " + names[0]
	}
	return "add `unique(" + gormorm.ColumnName(model.Obj().Name()) + "_" + strings.Join(cols, "_") + ")` to the xorm tags of " + strings.Join(names, " and ")
}

// IsSession reports whether t is *xorm.Session.
func IsSession(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && IsPath(n.Obj().Pkg().Path()) && n.Obj().Name() == "Session"
}

// BuilderPath is the import path of xorm's condition builder.
const BuilderPath = "xorm.io/builder"

// builderEq reads builder.Eq{"col": v, ...}, a map of column to value
// whose entries are ANDed equalities.
func builderEq(info *types.Info, e ast.Expr) (cols []string, vals []ast.Expr, ok bool) {
	if call, isCall := ast.Unparen(e).(*ast.CallExpr); isCall {
		// builder.Eq{"object_id": id}.And(builder.Eq{"key": k}): the
		// equalities of each, ANDed
		sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !isSel || sel.Sel.Name != "And" || call.Ellipsis.IsValid() {
			return nil, nil, false
		}
		for _, x := range append([]ast.Expr{sel.X}, call.Args...) {
			c, v, ok := builderEq(info, x)
			if !ok {
				return nil, nil, false
			}
			cols, vals = append(cols, c...), append(vals, v...)
		}
		return cols, vals, true
	}
	lit, isLit := ast.Unparen(e).(*ast.CompositeLit)
	if !isLit {
		return nil, nil, false
	}
	n, isNamed := types.Unalias(info.TypeOf(lit)).(*types.Named)
	if !isNamed || n.Obj().Pkg() == nil || !IsBuilderPath(n.Obj().Pkg().Path()) || n.Obj().Name() != "Eq" {
		return nil, nil, false
	}
	for _, el := range lit.Elts {
		kv, isKV := el.(*ast.KeyValueExpr)
		if !isKV {
			return nil, nil, false
		}
		k, isStr := stringConst(info, kv.Key)
		if !isStr {
			return nil, nil, false
		}
		if i := strings.LastIndex(k, "."); i >= 0 {
			k = k[i+1:]
		}
		cols, vals = append(cols, strings.ToLower(strings.Trim(k, "`\"[]"))), append(vals, kv.Value)
	}
	return cols, vals, len(cols) > 0
}

// SessionRoot returns the *xorm.Session an insert's chain starts from
// (sess.Table(t).Insert(x)), or nil when it starts from an engine
// (engine.Context(ctx).Insert(x): a session of its own, which commits
// each statement).
func SessionRoot(info *types.Info, recv ast.Expr) ast.Expr {
	root := recv
	for {
		c, ok := ast.Unparen(root).(*ast.CallExpr)
		if !ok {
			break
		}
		r, _, ok := orm.Method(c)
		if !ok || !IsXorm(info.TypeOf(r)) {
			break
		}
		root = r
	}
	if !IsSession(info.TypeOf(root)) {
		return nil
	}
	return root
}

var isLenOf = orm.IsLenOf
