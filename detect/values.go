package detect

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"github.com/upsertfix/upsertfix/internal/orm"
	"golang.org/x/tools/go/analysis"
)

// valueTest answers a test of the looked-up value itself rather than of
// the error, as repositories are used: x == nil, x != nil, x.ID == 0,
// x.ID != 0 (a primary-key field), len(xs) == 0. A missing row is nil, a
// zero primary key or an empty slice; so is a row whose query failed and
// whose error was discarded (x, _ := repo.Get(...)).
func (w *walker) valueTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	be, isBin := ast.Unparen(e).(*ast.BinaryExpr)
	if !isBin || (be.Op != token.EQL && be.Op != token.NEQ && be.Op != token.GTR) || w.b.Dest == nil && w.b.Lookup.Kind != orm.ValueLookup {
		return 0, 0, false
	}
	info := w.m.pass.TypesInfo
	x, y := be.X, be.Y
	if t, f, ok := w.neverNil(be); ok {
		return t, f, true
	}
	if w.emptyWhenMissing(y) {
		x, y = y, x
	}
	if !w.emptyWhenMissing(x) {
		return 0, 0, false
	}
	tv, found := info.Types[y]
	if isZeroParam := w.zero != nil && w.m.obj(y) == w.zero; !isZeroParam && (!found || !(tv.IsNil() || tv.Value != nil && tv.Value.Kind() != constant.Bool && orm.IsZeroConst(tv.Value))) {
		// u.ID != user.ID: the row found is not the record at hand
		// (authorizer's AddUser, whose new record has a fresh key), a
		// test that holds whenever a row was found.
		if sel, ok := ast.Unparen(x).(*ast.SelectorExpr); ok && be.Op == token.NEQ && w.b.Dest != nil && w.m.obj(sel.X) == w.b.Dest && w.isPrimaryField(sel.Sel.Name) {
			if ysel, ok := ast.Unparen(y).(*ast.SelectorExpr); ok && ysel.Sel.Name == sel.Sel.Name && w.m.obj(ysel.X) != w.b.Dest {
				return orm.All, 0, true
			}
		}
		return 0, 0, false
	}
	missing := orm.NotFound | orm.Failed
	switch be.Op {
	case token.EQL:
		t, f = missing, orm.Found
	default: // != nil, != 0, > 0
		t, f = orm.Found, missing
	}
	t, f = failedFound(w.b.Lookup, t, f)
	return t, f, true
}

// emptyWhenMissing reports whether x is the looked-up value (a pointer),
// its primary-key field, or len of it (a slice).
func (w *walker) emptyWhenMissing(x ast.Expr) bool {
	info := w.m.pass.TypesInfo
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		if w.b.Dest == nil || w.m.obj(x) != w.b.Dest {
			return false
		}
		if w.scalarValue() {
			// the id a getter of the module returns, 0 when no row
			// matched (miniflux's getEntryIDByHash: return 0, nil on
			// sql.ErrNoRows; entryID > 0), or the column, "" then
			return true
		}
		if _, ok := w.b.Dest.Type().Underlying().(*types.Basic); ok {
			return false
		}
		if w.b.Lookup.ZeroValue {
			return false // a zero row is never nil
		}
		_, isPtr := w.b.Dest.Type().Underlying().(*types.Pointer)
		return isPtr || w.b.Lookup.NilOnErr && types.IsInterface(w.b.Dest.Type())
	case *ast.SelectorExpr:
		return w.b.Dest != nil && w.m.obj(x.X) == w.b.Dest && (w.isPrimaryField(x.Sel.Name) || w.embedsPrimary(x))
	case *ast.CallExpr:
		if x == w.b.Lookup.Call && w.b.Lookup.Kind == orm.ValueLookup {
			return true // if repo.Find(db, id) != nil
		}
		if w.b.Dest == nil {
			return false
		}
		fn, isIdent := ast.Unparen(x.Fun).(*ast.Ident)
		if !isIdent || info.Uses[fn] != types.Universe.Lookup("len") || len(x.Args) != 1 || w.m.obj(x.Args[0]) != w.b.Dest {
			return false
		}
		_, isSlice := w.b.Dest.Type().Underlying().(*types.Slice)
		return isSlice || w.scalarValue() // len(localpart) > 0 (dendrite's 3PID check)
	}
	return false
}

// scalarValue reports a lookup through a getter of the module that
// returns an integer or a string of the row, its zero value when no row
// matched (LookupFact.NilOnNotFound).
func (w *walker) scalarValue() bool {
	b, ok := w.b.Dest.Type().Underlying().(*types.Basic)
	return ok && b.Info()&(types.IsInteger|types.IsString) != 0 && w.b.Lookup.Kind == orm.ValueLookup && w.b.Lookup.Via != ""
}

// isPrimaryField reports whether name is a primary-key field of the
// lookup's model.
func (w *walker) isPrimaryField(name string) bool {
	return slices.Contains(w.m.primaryFields(w.b.Lookup.Model), name) || name == "ID"
}

// primaryFields returns the fields of model's primary key, as the
// adapter reads them.
func (m *matcher) primaryFields(model *types.Named) []string {
	var pk []string
	for _, k := range m.a.UniqueKeys(m.pass.Fset, model) {
		if k.Name == "primary key" {
			pk = append(pk, k.Fields...)
		}
	}
	return pk
}

// summarizeEmptyTests exports an EmptyTestFact for each method of the
// package whose one statement compares a field of its receiver with a
// zero constant: return s.ID == 0 (or != 0).
func summarizeEmptyTests(pass *analysis.Pass) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, true) {
		sig := fn.Type().(*types.Signature)
		if sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isBool(sig.Results().At(0).Type()) || len(fd.Body.List) != 1 {
			continue
		}
		ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		be, ok := ast.Unparen(ret.Results[0]).(*ast.BinaryExpr)
		if !ok || be.Op != token.EQL && be.Op != token.NEQ {
			continue
		}
		sel, ok := ast.Unparen(be.X).(*ast.SelectorExpr)
		if !ok || info.ObjectOf(identOf(sel.X)) != sig.Recv() {
			continue
		}
		if tv := info.Types[be.Y]; tv.Value == nil || tv.Value.Kind() == constant.Bool || !orm.IsZeroConst(tv.Value) {
			continue
		}
		pass.ExportObjectFact(fn, &EmptyTestFact{Field: sel.Sel.Name, Found: be.Op == token.NEQ})
	}
}

// emptyTest answers a call of a row's EmptyTestFact method on the
// looked-up row, when its field is the primary key: x.IsEmpty().
func (w *walker) emptyTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	call, isCall := ast.Unparen(e).(*ast.CallExpr)
	if !isCall || len(call.Args) != 0 {
		return 0, 0, false
	}
	sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	// the row in a variable, or the lookup's call itself
	// (!dao.FindSite(name).IsEmpty())
	if !isSel || !(w.b.Dest != nil && w.m.obj(sel.X) == w.b.Dest || ast.Unparen(sel.X) == w.b.Lookup.Call) {
		return 0, 0, false
	}
	fn, isFn := w.m.pass.TypesInfo.Uses[sel.Sel].(*types.Func)
	var et EmptyTestFact
	if !isFn || !w.m.pass.ImportObjectFact(fn, &et) || !w.isPrimaryField(et.Field) {
		return 0, 0, false
	}
	missing := orm.NotFound | orm.Failed
	if et.Found {
		return orm.Found, missing, true
	}
	return missing, orm.Found, true
}

// neverNil answers x != nil and x == nil of a zero-value lookup's row,
// a new zero row when none matched, never nil (rustdesk-api's tag !=
// nil && tag.Id != 0): always true, and never.
func (w *walker) neverNil(be *ast.BinaryExpr) (t, f orm.Outcome, ok bool) {
	if !w.b.Lookup.ZeroValue || w.b.Dest == nil || be.Op != token.EQL && be.Op != token.NEQ {
		return 0, 0, false
	}
	info := w.m.pass.TypesInfo
	x, y := be.X, be.Y
	if info.Types[x].IsNil() {
		x, y = y, x
	}
	if !info.Types[y].IsNil() || w.m.obj(x) != w.b.Dest {
		return 0, 0, false
	}
	if _, isPtr := w.b.Dest.Type().Underlying().(*types.Pointer); !isPtr {
		return 0, 0, false
	}
	if be.Op == token.NEQ {
		return orm.All, 0, true
	}
	return 0, orm.All, true
}

// embedsPrimary reports x.Model, an embedded pointer field of the row
// through which its primary key is promoted (paopao's user.Model != nil
// && user.ID > 0): nil in a row that was not found.
func (w *walker) embedsPrimary(x *ast.SelectorExpr) bool {
	v, ok := w.m.pass.TypesInfo.Uses[x.Sel].(*types.Var)
	if !ok || !v.Embedded() {
		return false
	}
	p, ok := v.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	st, ok := p.Elem().Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if w.isPrimaryField(st.Field(i).Name()) {
			return true
		}
	}
	return false
}
