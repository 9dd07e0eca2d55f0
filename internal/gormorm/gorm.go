// Package gormorm is the upsertfix adapter for GORM (gorm.io/gorm v1.2x-v1.31):
// its lookups (First, Take, Last, Find, Count, FirstOrInit and the generics
// API), its creates (Create, Save, FirstOrCreate), its not-found conditions
// and the unique keys declared in struct tags.
package gormorm

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Path is the import path of GORM.
const Path = "gorm.io/gorm"

// Adapter is the GORM vocabulary. Its zero value is ready to use.
type Adapter struct{}

var _ orm.Adapter = Adapter{}

// Name implements orm.Adapter.
func (Adapter) Name() string { return "gorm" }

// Triggers implements orm.Adapter.
func (Adapter) Triggers(path string) bool { return path == Path }

// UniqueKeys implements orm.Adapter.
func (Adapter) UniqueKeys(_ *token.FileSet, model *types.Named) []orm.UniqueKey {
	return uniqueKeys(model)
}

// Check implements orm.Adapter.
func (Adapter) Check(_ *types.Info, _ *orm.Lookup, c *orm.Create) string {
	if c.MayUpdate {
		return "Save inserts or updates depending on the primary key; use Create in the not-found path, then run upsertfix again"
	}
	return ""
}

// IsDB reports whether t is *gorm.DB.
func IsDB(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	return ok && isGormNamed(p.Elem(), "DB")
}

func isGormNamed(t types.Type, names ...string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != Path {
		return false
	}
	for _, name := range names {
		if n.Obj().Name() == name {
			return true
		}
	}
	return false
}

// isGeneric reports whether t is one of the generics API's chain types
// (gorm.Interface[T], gorm.ChainInterface[T], gorm.CreateInterface[T], ...).
func isGeneric(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.TypeArgs().Len() == 1 && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == Path
}

var method = orm.Method

// namedStruct returns the named struct type behind t, *t or **t.
func namedStruct(t types.Type) *types.Named {
	for i := 0; i < 2; i++ {
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil
	}
	return n
}

// GenericBase returns the gorm.G[T](db, opts...) call at the root of a
// generics chain, or nil.
func GenericBase(x ast.Expr) *ast.CallExpr {
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return nil
		}
		switch fun := ast.Unparen(call.Fun).(type) {
		case *ast.IndexExpr:
			if isGSel(fun.X) {
				return call
			}
			return nil
		case *ast.IndexListExpr:
			if isGSel(fun.X) {
				return call
			}
			return nil
		case *ast.SelectorExpr:
			x = fun.X
		default:
			return nil
		}
	}
}

func isGSel(x ast.Expr) bool {
	sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "G"
}

// Lookup implements orm.Adapter.
func (a Adapter) Lookup(info *types.Info, call *ast.CallExpr) *orm.Lookup {
	recv, name, ok := method(call)
	if !ok {
		return nil
	}
	rt := info.TypeOf(recv)
	if rt == nil {
		return nil
	}
	if isGeneric(rt) && GenericBase(recv) != nil {
		switch name {
		case "First", "Take", "Last":
		default:
			return nil
		}
		sig, ok := info.TypeOf(call.Fun).(*types.Signature)
		if !ok || sig.Results().Len() != 2 {
			return nil
		}
		model := namedStruct(sig.Results().At(0).Type())
		if model == nil {
			return nil
		}
		l := &orm.Lookup{Call: call, Kind: orm.ErrLookup, Model: model}
		l.Key, l.KeyErr, _ = a.chainKey(info, recv, model)
		return l
	}
	if !IsDB(rt) {
		return nil
	}
	var kind orm.LookupKind
	switch name {
	case "First", "Take", "Last":
		kind = orm.ErrLookup
	case "Find":
		kind = orm.RowsLookup
	case "FirstOrInit":
		kind = orm.InitLookup
	case "Count":
		kind = orm.CountLookup
	case "FirstOrCreate":
		kind = orm.CreatingLookup
	default:
		return nil
	}
	if len(call.Args) == 0 {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: kind, Dest: call.Args[0]}
	// The table is the chain's Model(&T{}) when there is one (the
	// destination may be a projection struct), else the destination's type.
	if l.Model = chainModel(info, recv); l.Model == nil && kind != orm.CountLookup {
		l.Model = namedStruct(info.TypeOf(call.Args[0]))
	}
	if l.Model == nil {
		return nil
	}
	l.Key, l.KeyErr, _ = a.chainKey(info, recv, l.Model)
	if l.KeyErr == "" && len(call.Args) > 1 && kind != orm.CountLookup {
		cols, why := inlineKey(info, call.Args[1:], l.Model)
		if why != "" {
			l.Key, l.KeyErr = nil, why
		} else {
			l.Key = append(l.Key, cols...)
		}
	}
	if l.KeyErr == "" && len(l.Key) == 0 {
		l.KeyErr = "the lookup has no conditions"
	}
	return l
}

// chainModel finds the model of a chain from its Model(&T{}) call.
func chainModel(info *types.Info, x ast.Expr) *types.Named {
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return nil
		}
		recv, name, ok := method(call)
		if !ok || !IsDB(info.TypeOf(recv)) {
			return nil
		}
		if name == "Model" && len(call.Args) == 1 {
			return namedStruct(info.TypeOf(call.Args[0]))
		}
		x = recv
	}
}

// chainKey walks a query chain back to its root and collects the columns
// pinned by equality. atomic reports a clause.OnConflict in the chain.
func (a Adapter) chainKey(info *types.Info, x ast.Expr, model *types.Named) (key []string, why string, atomic bool) {
	var conds [][]string // in reverse source order
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		recv, name, ok := method(call)
		if !ok {
			// gorm.G[T](db, opts...)
			if GenericBase(call) == call {
				for _, opt := range call.Args[1:] {
					atomic = atomic || isOnConflict(info, opt)
				}
			}
			break
		}
		rt := info.TypeOf(recv)
		if !IsDB(rt) && !isGeneric(rt) && GenericBase(recv) == nil {
			break // reached a user function returning *gorm.DB
		}
		switch name {
		case "Where":
			cols, w := whereKey(info, call.Args, model)
			if w != "" && why == "" {
				why = w
			}
			conds = append(conds, cols)
		case "Clauses":
			for _, arg := range call.Args {
				atomic = atomic || isOnConflict(info, arg)
			}
		case "Model", "Table", "WithContext", "Debug", "Session", "Limit", "Order", "Select", "Omit",
			"Preload", "Unscoped", "Attrs", "Assign", "InstanceSet", "Set":
		default:
			if why == "" {
				why = "the lookup chain calls ." + name + ", so its rows are not a simple equality match"
			}
		}
		x = recv
	}
	if why != "" {
		return nil, why, atomic
	}
	for i := len(conds) - 1; i >= 0; i-- {
		key = append(key, conds[i]...)
	}
	return key, "", atomic
}

func isOnConflict(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == Path+"/clause" && n.Obj().Name() == "OnConflict"
}

var (
	andRE = regexp.MustCompile(`(?i)\s+and\s+`)
	eqRE  = regexp.MustCompile("^\\s*\\(?\\s*(?:[`\"]?\\w+[`\"]?\\.)?[`\"]?(\\w+)[`\"]?\\s*=\\s*\\?\\s*\\)?\\s*$")
)

// sqlKey parses "a = ? AND b = ?" into [a b].
func sqlKey(s string) ([]string, bool) {
	var cols []string
	for _, part := range andRE.Split(strings.TrimSpace(s), -1) {
		m := eqRE.FindStringSubmatch(part)
		if m == nil {
			return nil, false
		}
		cols = append(cols, strings.ToLower(m[1]))
	}
	return cols, len(cols) > 0
}

func stringConst(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// whereKey reads the columns of one Where(...) call.
func whereKey(info *types.Info, args []ast.Expr, model *types.Named) ([]string, string) {
	if len(args) == 0 {
		return nil, "an empty Where"
	}
	if s, ok := stringConst(info, args[0]); ok {
		cols, ok := sqlKey(s)
		if !ok {
			return nil, "the condition " + quote(s) + " is not a conjunction of column = ? equalities"
		}
		if len(cols) != len(args)-1 {
			return nil, "the condition " + quote(s) + " does not bind one argument per column"
		}
		return cols, ""
	}
	if len(args) != 1 {
		return nil, "the condition is not a literal"
	}
	return literalKey(info, args[0], model)
}

func quote(s string) string { return "\"" + s + "\"" }

// literalKey reads a struct literal (&T{F: v}) or map literal condition.
func literalKey(info *types.Info, e ast.Expr, model *types.Named) ([]string, string) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, "the condition is not a literal"
	}
	t := info.TypeOf(lit)
	var cols []string
	if _, ok := t.Underlying().(*types.Map); ok {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil, "the map condition is not keyed by constant columns"
			}
			s, ok := stringConst(info, kv.Key)
			if !ok {
				return nil, "the map condition is not keyed by constant columns"
			}
			cols = append(cols, s)
		}
		return cols, ""
	}
	st := namedStruct(t)
	if st == nil {
		return nil, "the condition is not a literal"
	}
	byField := map[string]string{}
	for _, c := range modelColumns(st) {
		byField[c.Field] = c.Name
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, "the struct condition is not keyed"
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok || byField[id.Name] == "" {
			return nil, "the struct condition sets an unmapped field"
		}
		cols = append(cols, byField[id.Name])
	}
	return cols, ""
}

// inlineKey reads the inline conditions of First(&u, conds...).
func inlineKey(info *types.Info, args []ast.Expr, model *types.Named) ([]string, string) {
	if s, ok := stringConst(info, args[0]); ok && strings.ContainsAny(s, "?=") {
		return whereKey(info, args, model)
	}
	if len(args) == 1 {
		if b, ok := info.TypeOf(args[0]).Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			var pk []string
			for _, c := range modelColumns(model) {
				if c.Primary {
					pk = append(pk, c.Name)
				}
			}
			return pk, ""
		}
		return literalKey(info, args[0], model)
	}
	return nil, "the inline condition is not a literal"
}

// Create implements orm.Adapter.
func (a Adapter) Create(info *types.Info, call *ast.CallExpr) *orm.Create {
	recv, name, ok := method(call)
	if !ok {
		return nil
	}
	rt := info.TypeOf(recv)
	if rt == nil {
		return nil
	}
	if isGeneric(rt) && name == "Create" && len(call.Args) == 2 {
		base := GenericBase(recv)
		if base == nil {
			return nil
		}
		model := namedStruct(info.TypeOf(call.Args[1]))
		if model == nil {
			return nil
		}
		_, _, atomic := a.chainKey(info, recv, model)
		return &orm.Create{Call: call, Method: name, Model: model, Arg: call.Args[1], Atomic: atomic}
	}
	if !IsDB(rt) {
		return nil
	}
	switch name {
	case "Create", "Save", "FirstOrCreate":
	default:
		return nil
	}
	if len(call.Args) == 0 {
		return nil
	}
	model := namedStruct(info.TypeOf(call.Args[0]))
	if model == nil {
		return nil
	}
	_, _, atomic := a.chainKey(info, recv, model)
	return &orm.Create{Call: call, Method: name, Model: model, Arg: call.Args[0], Atomic: atomic, MayUpdate: name == "Save"}
}

// isNotFoundErr reports whether e is gorm.ErrRecordNotFound (or its
// logger alias).
func isNotFoundErr(info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	default:
		return false
	}
	obj := info.Uses[id]
	if obj == nil || obj.Pkg() == nil || obj.Name() != "ErrRecordNotFound" {
		return false
	}
	p := obj.Pkg().Path()
	return p == Path || p == Path+"/logger"
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

var usesObj = orm.Uses

// isErrOf reports whether e is b's error: its err variable, res.Error, or
// the lookup expression's .Error.
func isErrOf(info *types.Info, e ast.Expr, b *orm.Binding) bool {
	if usesObj(info, e, b.Err) {
		return true
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Error" {
		return false
	}
	return usesObj(info, sel.X, b.Result) || (b.Expr != nil && ast.Unparen(sel.X) == ast.Unparen(b.Expr))
}

func isRowsOf(info *types.Info, e ast.Expr, b *orm.Binding) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "RowsAffected" {
		return false
	}
	return usesObj(info, sel.X, b.Result) || (b.Expr != nil && ast.Unparen(sel.X) == ast.Unparen(b.Expr))
}

// isPKOf reports whether e is dest.ID (a primary-key field of b's model read
// through b's destination variable).
func isPKOf(info *types.Info, e ast.Expr, b *orm.Binding) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || b.Dest == nil || !usesObj(info, sel.X, b.Dest) {
		return false
	}
	for _, c := range modelColumns(b.Lookup.Model) {
		if c.Primary && c.Field == sel.Sel.Name {
			return true
		}
	}
	return false
}

func isZero(info *types.Info, e ast.Expr) (zero, ok bool) {
	tv, found := info.Types[e]
	if !found || tv.Value == nil {
		return false, false
	}
	switch tv.Value.Kind() {
	case constant.Int, constant.Float:
		return constant.Sign(tv.Value) == 0, true
	case constant.String:
		return constant.StringVal(tv.Value) == "", true
	}
	return false, false
}

// Cond implements orm.Adapter.
func (a Adapter) Cond(info *types.Info, cond ast.Expr, b *orm.Binding) (t, f orm.Outcome, ok bool) {
	cond = ast.Unparen(cond)
	rest := func(x orm.Outcome) (orm.Outcome, orm.Outcome, bool) { return x, orm.All &^ x, true }
	flip := func(t, f orm.Outcome, ok bool) (orm.Outcome, orm.Outcome, bool) { return f, t, ok }
	errNil := orm.Found // outcomes where the error is nil
	if b.Lookup.Kind == orm.RowsLookup || b.Lookup.Kind == orm.CountLookup || b.Lookup.Kind == orm.InitLookup {
		errNil = orm.Found | orm.NotFound
	}
	switch c := cond.(type) {
	case *ast.CallExpr:
		// errors.Is(err, gorm.ErrRecordNotFound)
		if fn, ok := orm.Callee(info, c).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "Is" && len(c.Args) == 2 {
			if isErrOf(info, c.Args[0], b) && isNotFoundErr(info, c.Args[1]) {
				return rest(orm.NotFound)
			}
		}
	case *ast.BinaryExpr:
		x, y := c.X, c.Y
		if isErrOf(info, y, b) || isRowsOf(info, y, b) || isPKOf(info, y, b) || usesObj(info, y, b.Count) {
			x, y = y, x
		}
		var tt, ff orm.Outcome
		switch {
		case isErrOf(info, x, b) && isNotFoundErr(info, y):
			tt, ff, ok = rest(orm.NotFound)
		case isErrOf(info, x, b) && isNil(info, y):
			tt, ff, ok = rest(errNil)
		case isRowsOf(info, x, b) || isPKOf(info, x, b) || usesObj(info, x, b.Count):
			zero, isConst := isZero(info, y)
			if !isConst {
				return 0, 0, false
			}
			empty := orm.NotFound | orm.Failed
			switch {
			case zero && (c.Op == token.EQL || c.Op == token.LEQ):
				return rest(empty)
			case zero && (c.Op == token.NEQ || c.Op == token.GTR):
				return rest(orm.Found)
			case !zero && c.Op == token.LSS && constant.Compare(info.Types[y].Value, token.EQL, constant.MakeInt64(1)):
				return rest(empty)
			case !zero && c.Op == token.GEQ && constant.Compare(info.Types[y].Value, token.EQL, constant.MakeInt64(1)):
				return rest(orm.Found)
			}
			return 0, 0, false
		default:
			return 0, 0, false
		}
		switch c.Op {
		case token.EQL:
			return tt, ff, ok
		case token.NEQ:
			return flip(tt, ff, ok)
		}
	}
	return 0, 0, false
}

// HandlesConflict implements orm.Adapter: a reference to
// gorm.ErrDuplicatedKey, or a helper that tests for a unique violation.
func (Adapter) HandlesConflict(info *types.Info, n ast.Expr) bool {
	found := orm.ConflictHelper(info, n)
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := info.Uses[id]; obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == Path && obj.Name() == "ErrDuplicatedKey" {
				found = true
			}
		}
		return !found
	})
	return found
}

// Columns returns, for each column name of model, the Go field that holds it.
func Columns(model *types.Named) map[string]string {
	m := map[string]string{}
	for _, c := range modelColumns(model) {
		m[c.Name] = c.Field
	}
	return m
}

// Suggest implements orm.Adapter.
func (Adapter) Suggest(model *types.Named, cols []string) string {
	fields := Columns(model)
	var names []string
	for _, c := range cols {
		f := fields[c]
		if f == "" {
			f = c
		}
		names = append(names, model.Obj().Name()+"."+f)
	}
	if len(cols) == 1 {
		return "add `gorm:\"uniqueIndex\"` to " + names[0]
	}
	return "add `gorm:\"uniqueIndex:idx_" + ColumnName(model.Obj().Name()) + "_" + strings.Join(cols, "_") + "\"` to " + strings.Join(names, " and ")
}

// FixText implements orm.Adapter.
func (Adapter) FixText(_ *types.Info, _ *orm.Lookup, _ *orm.Create, key orm.UniqueKey, exists bool) string {
	cols := strings.Join(key.Columns, ", ")
	if exists {
		return "insert with ON CONFLICT (" + cols + ") DO NOTHING and keep the already-exists error when no row was inserted"
	}
	return "insert with ON CONFLICT (" + cols + ") DO NOTHING, then re-read the stored row"
}

// CarriesKey implements orm.Adapter: the record is a literal setting the
// key fields, or a variable that the enclosing function gives such a
// literal or assigns the key fields of. FirstOrCreate copies its
// conditions into the record itself.
func (Adapter) CarriesKey(info *types.Info, file *ast.File, c *orm.Create, key orm.UniqueKey) bool {
	if c.Method == "FirstOrCreate" {
		return true
	}
	arg := ast.Unparen(c.Arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	set := map[string]bool{}
	if lit, ok := arg.(*ast.CompositeLit); ok {
		litFields(lit, set)
		return coversAll(set, key.Fields)
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return false
	}
	v := info.ObjectOf(id)
	body := enclosingBody(file, c.Call)
	if v == nil || body == nil {
		return false
	}
	initialised := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			// FirstOrInit(&v, ...) copies the lookup's conditions into v.
			if _, name, ok := method(n); ok && name == "FirstOrInit" && len(n.Args) > 0 && rootedAt(info, unaddr(n.Args[0]), v) {
				initialised = true
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) && usesObjOrDef(info, lhs, v) {
					if lit := litOf(n.Rhs[i]); lit != nil {
						litFields(lit, set)
					}
				}
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && rootedAt(info, sel.X, v) {
					set[sel.Sel.Name] = true
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == v && i < len(n.Values) {
					if lit := litOf(n.Values[i]); lit != nil {
						litFields(lit, set)
					}
				}
			}
		}
		return true
	})
	return initialised || coversAll(set, key.Fields)
}

func unaddr(e ast.Expr) ast.Expr {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return u.X
	}
	return e
}

func usesObjOrDef(info *types.Info, e ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && (info.Uses[id] == v || info.Defs[id] == v)
}

// rootedAt reports whether e is v, or a field path on v (v.Model).
func rootedAt(info *types.Info, e ast.Expr, v types.Object) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return info.Uses[x] == v
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return false
		}
	}
}

func litOf(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

// litFields records the keyed fields of a struct literal, looking into
// embedded structs given as literals (Model: gorm.Model{ID: id}).
func litFields(lit *ast.CompositeLit, set map[string]bool) {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			set[id.Name] = true
		}
		if inner := litOf(kv.Value); inner != nil {
			litFields(inner, set)
		}
	}
}

func coversAll(set map[string]bool, fields []string) bool {
	for _, f := range fields {
		if !set[f] {
			return false
		}
	}
	return len(fields) > 0
}

// enclosingBody returns the body of the innermost function holding n.
func enclosingBody(file *ast.File, n ast.Node) *ast.BlockStmt {
	path, _ := astutil.PathEnclosingInterval(file, n.Pos(), n.End())
	for _, p := range path {
		switch f := p.(type) {
		case *ast.FuncLit:
			return f.Body
		case *ast.FuncDecl:
			return f.Body
		}
	}
	return nil
}
