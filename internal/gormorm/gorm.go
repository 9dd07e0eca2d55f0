// Package gormorm is the upsertfix adapter for GORM (gorm.io/gorm v1.2x-v1.31):
// its lookups (First, Take, Last, Find, Count, FirstOrInit and the generics
// API), its creates (Create, Save, FirstOrCreate), its not-found conditions
// and the unique keys declared in struct tags.
package gormorm

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Path is the import path of GORM.
const Path = "gorm.io/gorm"

// PathV1 is GORM v1's import path. Its API is v2's for what upsertfix
// reads (Where, First, Create, ErrRecordNotFound, plus RecordNotFound());
// its sites are found and reported, and never fixed: the fix is written
// with v2's API (see Check).
const PathV1 = "github.com/jinzhu/gorm"

// IsPath reports GORM's import path, v2's or v1's.
func IsPath(p string) bool { return p == Path || p == PathV1 }

// V1 reports a call of a method of GORM v1's *gorm.DB.
func V1(info *types.Info, call *ast.CallExpr) bool {
	recv, _, ok := method(call)
	return ok && isV1(info.TypeOf(recv))
}

// isV1 reports an expression of GORM v1's *gorm.DB, or of a struct
// that embeds it (IsDB).
func isV1(t types.Type) bool {
	if !IsDB(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "First")
	return obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == PathV1
}

// Adapter is the GORM vocabulary. Its zero value is ready to use.
type Adapter struct{}

var _ orm.Adapter = Adapter{}

// Name implements orm.Adapter.
func (Adapter) Name() string { return "gorm" }

// Triggers implements orm.Adapter.
func (Adapter) Triggers(path string) bool { return IsPath(path) || path == GenPath }

// UniqueKeys implements orm.Adapter.
func (Adapter) UniqueKeys(fset *token.FileSet, model *types.Named) []orm.UniqueKey {
	keys := uniqueKeys(model)
	sql, _ := sqlKeys(fset, model)
	return append(keys, sql...)
}

// Check implements orm.Adapter.
func (Adapter) Check(info *types.Info, l *orm.Lookup, c *orm.Create) string {
	if V1(info, c.Call) && (c.MayUpdate || l.Kind == orm.InitLookup) {
		// (v1's Save of a found row is an UPDATE, then a FirstOrCreate)
		return "the code uses GORM v1 (github.com/jinzhu/gorm), whose Save upsertfix does not rewrite; create the row with db.Create on the not-found path, then run upsertfix again, or move this code to gorm.io/gorm"
	}
	if c.MayUpdate {
		return "Save inserts or updates depending on the primary key; use Create in the not-found path, then run upsertfix again"
	}
	return ""
}

// IsDB reports whether t is *gorm.DB.
//
// A struct of the module that embeds *gorm.DB and declares none of the
// methods upsertfix reads (gonic's type DB struct{ *gorm.DB }) is
// *gorm.DB too: its calls are GORM's.
func IsDB(t types.Type) bool {
	p, ok := t.(*types.Pointer)
	return ok && (isGormNamed(p.Elem(), "DB") || embedsDB(p))
}

// readMethods are the *gorm.DB methods a wrapper must not declare to
// be read as *gorm.DB.
var readMethods = []string{"Where", "First", "Take", "Last", "Find", "Count", "Create", "Save", "FirstOrCreate", "FirstOrInit", "Model", "Error"}

// embedsDB reports a pointer to a struct that embeds *gorm.DB whose
// readMethods all are GORM's (promoted, not declared again).
func embedsDB(p *types.Pointer) bool {
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	if !ok {
		return false
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	embeds := false
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if fp, isPtr := f.Type().(*types.Pointer); f.Embedded() && isPtr && isGormNamed(fp.Elem(), "DB") {
			embeds = true
		}
	}
	if !embeds {
		return false
	}
	for _, name := range readMethods {
		obj, _, _ := types.LookupFieldOrMethod(p, true, nil, name)
		if obj == nil || obj.Pkg() == nil || !IsPath(obj.Pkg().Path()) {
			return false
		}
	}
	return true
}

func isGormNamed(t types.Type, names ...string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || !IsPath(n.Obj().Pkg().Path()) {
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
// sliceStruct returns T for *[]T or *[]*T with T a named struct.
func sliceStruct(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if s, ok := t.Underlying().(*types.Slice); ok {
		return namedStruct(s.Elem())
	}
	return nil
}

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
	return a.LookupResolved(info, call, nil)
}

// genericLookup reads gorm.G[T](db)...First(ctx): a lookup of T.
func (a Adapter) genericLookup(info *types.Info, call *ast.CallExpr, recv ast.Expr, name string, resolve orm.Resolver) *orm.Lookup {
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
	l.Key, l.Values, l.KeyErr, _ = a.chainKeyValues(info, recv, model, resolve)
	return l
}

// updateLookup reads db.Model(&T{}).Where(...).Updates(...):
// RowsAffected == 0 says no row matched, as it does after Find.
func (a Adapter) updateLookup(info *types.Info, call *ast.CallExpr, recv ast.Expr, resolve orm.Resolver) *orm.Lookup {
	model := chainModel(info, recv)
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: orm.RowsLookup, Model: model, Updates: true}
	l.Key, l.Values, l.KeyErr, _ = a.chainKeyValues(info, recv, model, resolve)
	if l.KeyErr == "" && len(l.Key) == 0 {
		l.KeyErr = "the update has no conditions"
	}
	return l
}

// LookupResolved implements orm.LookupResolver: a condition held in a
// variable defined from a literal (w := T{Email: e}; Where(&w)) is read
// through its definition.
func (a Adapter) LookupResolved(info *types.Info, call *ast.CallExpr, resolve orm.Resolver) *orm.Lookup {
	return a.lookup(info, call, resolve, nil)
}

// HandedLookup reads a lookup on a query its function's caller hands in
// (func Exists(ctx, db *gorm.DB) (bool, error) { db.Count(&n) }), whose
// model is set by the caller: model stands for it when the chain names
// none. It is LookupResolved otherwise.
func (a Adapter) HandedLookup(info *types.Info, call *ast.CallExpr, resolve orm.Resolver, model *types.Named) *orm.Lookup {
	return a.lookup(info, call, resolve, model)
}

// ChainModel is the model a query chain names with Model(&T{}), or nil.
func ChainModel(info *types.Info, x ast.Expr) *types.Named { return chainModel(info, x) }

// ChainRoot is the start of a query chain: x without its *gorm.DB
// method calls (the variable or the call db.Where(...).Limit(1) starts
// from).
func ChainRoot(info *types.Info, x ast.Expr) ast.Expr {
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return ast.Unparen(x)
		}
		recv, _, ok := method(call)
		if !ok || !IsDB(info.TypeOf(recv)) {
			return call
		}
		x = recv
	}
}

// ChainKeyValues is the key a query chain's conditions pin, with the
// value of each column, read against model.
func (a Adapter) ChainKeyValues(info *types.Info, x ast.Expr, model *types.Named, resolve orm.Resolver) (key []string, vals []ast.Expr, why string) {
	key, vals, why, _ = a.chainKeyValues(info, x, model, resolve)
	return key, vals, why
}

func (a Adapter) lookup(info *types.Info, call *ast.CallExpr, resolve orm.Resolver, handed *types.Named) *orm.Lookup {
	recv, name, ok := method(call)
	if !ok {
		return nil
	}
	rt := info.TypeOf(recv)
	if rt == nil {
		return nil
	}
	if isGeneric(rt) && GenericBase(recv) != nil {
		return a.genericLookup(info, call, recv, name, resolve)
	}
	if l := genLookup(info, call); l != nil {
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
		if len(call.Args) > 0 && isV1(rt) && namedStruct(info.TypeOf(call.Args[0])) != nil {
			// GORM v1's Find into one struct fails with
			// ErrRecordNotFound when no row matched, as First does
			// (callback_query.go: RowsAffected == 0 && !isSlice)
			kind = orm.ErrLookup
		}
	case "FirstOrInit":
		kind = orm.InitLookup
	case "Count":
		kind = orm.CountLookup
	case "FirstOrCreate":
		kind = orm.CreatingLookup
	case "Update", "Updates", "UpdateColumn", "UpdateColumns":
		return a.updateLookup(info, call, recv, resolve)
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
		if l.Model == nil && kind == orm.RowsLookup { // Find(&rows)
			l.Model = sliceStruct(info.TypeOf(call.Args[0]))
		}
	}
	if l.Model == nil && handed != nil {
		l.Model = handed
	}
	if l.Model == nil {
		return nil
	}
	l.Key, l.Values, l.KeyErr, _ = a.chainKeyValues(info, recv, l.Model, resolve)
	if l.KeyErr == "" && len(call.Args) > 1 && kind != orm.CountLookup {
		cols, vals, why := inlineKeyValues(info, resolveLit(call.Args[1:], resolve), l.Model)
		if why != "" {
			l.Key, l.Values, l.KeyErr = nil, nil, why
		} else {
			l.Key = append(l.Key, cols...)
			l.Values = append(l.Values, vals...)
		}
	}
	if l.KeyErr == "" && len(l.Key) == 0 {
		l.KeyErr = orm.NoConditions
	}
	return l
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
	if c := genCreate(info, call); c != nil {
		return c
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
	batch := false
	if model == nil && name == "Create" {
		// Create(&rows) of the missing rows, or Model(&T{}).Create(map...)
		if model = sliceStruct(info.TypeOf(call.Args[0])); model != nil {
			batch = true
		} else if _, isMap := info.TypeOf(call.Args[0]).Underlying().(*types.Map); isMap {
			model = chainModel(info, recv)
		}
	}
	if model == nil {
		return nil
	}
	_, _, atomic := a.chainKey(info, recv, model)
	return &orm.Create{Call: call, Method: name, Model: model, Arg: call.Args[0], Atomic: atomic, MayUpdate: name == "Save", Batch: batch}
}

// BatchCreate reads db.CreateInBatches(rows, size): an insert of the
// rows of a slice, in batches. It is not a create of the adapter's (a
// lookup before it decides nothing about one row); the preloaded-rows
// check reads it as the insert of the rows a loop found missing.
func BatchCreate(info *types.Info, call *ast.CallExpr) *orm.Create {
	recv, name, ok := orm.Method(call)
	if !ok || name != "CreateInBatches" || len(call.Args) != 2 || !IsDB(info.TypeOf(recv)) {
		return nil
	}
	model := sliceStruct(info.TypeOf(call.Args[0]))
	if model == nil {
		return nil
	}
	return &orm.Create{Call: call, Method: name, Model: model, Arg: call.Args[0], Batch: true}
}

// HandlesConflict implements orm.Adapter: a reference to
// gorm.ErrDuplicatedKey, or a helper that tests for a unique violation.
func (Adapter) HandlesConflict(info *types.Info, n ast.Node) bool {
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
	tag := "uniqueIndex"
	if v1Model(model) {
		tag = "unique_index"
	}
	if len(cols) == 1 {
		return "add `gorm:\"" + tag + "\"` to " + names[0]
	}
	return "add `gorm:\"" + tag + ":idx_" + ColumnName(model.Obj().Name()) + "_" + strings.Join(cols, "_") + "\"` to " + strings.Join(names, " and ")
}

// v1Model reports a model declared in a package that imports GORM v1
// and not v2: its tags are v1's (unique_index).
func v1Model(model *types.Named) bool {
	pkg := model.Obj().Pkg()
	if pkg == nil {
		return false
	}
	v1 := false
	for _, imp := range pkg.Imports() {
		switch imp.Path() {
		case Path:
			return false
		case PathV1:
			v1 = true
		}
	}
	return v1
}

// FixText implements orm.Adapter.
func (Adapter) FixText(info *types.Info, _ *orm.Lookup, c *orm.Create, key orm.UniqueKey, exists bool) string {
	if c != nil && V1(info, c.Call) {
		// no savepoint, no translated violation on v1: the retry of the
		// SQL layers
		return "insert once, and after a failed insert go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; if the lookup again finds nothing, or fails, the insert's error is returned as before; inside a transaction the loser gets the insert's error, as before (GORM v1 has no savepoint: PostgreSQL ends the transaction at the failed insert)"
	}
	return "insert inside a savepoint (db.Transaction), and on a unique violation go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; any other insert error is returned as before"
}

// ModelArg implements orm.ModelArger: First, Take and Last look up into
// their first argument, Create inserts it, Save inserts or updates it;
// the other finishing calls run
// other statements.
func (Adapter) ModelArg(info *types.Info, call *ast.CallExpr, _ orm.Resolver) (orm.DataOp, ast.Expr) {
	recv, name, ok := orm.Method(call)
	if !ok || !IsDB(info.TypeOf(recv)) {
		return orm.NoOp, nil
	}
	switch name {
	case "First", "Take", "Last":
		if len(call.Args) == 0 {
			return orm.OtherOp, nil
		}
		return orm.LookupOp, call.Args[0]
	case "Create":
		if len(call.Args) == 0 {
			return orm.OtherOp, nil
		}
		return orm.CreateOp, call.Args[0]
	case "Save":
		if len(call.Args) == 0 {
			return orm.OtherOp, nil
		}
		return orm.SaveOp, call.Args[0]
	case "Find", "FirstOrCreate", "Updates", "Update", "UpdateColumn", "UpdateColumns", "Delete", "Exec", "Scan", "Pluck", "Count", "Row", "Rows":
		return orm.OtherOp, nil
	}
	return orm.NoOp, nil
}
