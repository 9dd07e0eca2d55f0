package gormorm

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// IsNotFoundErr reports whether e is gorm.ErrRecordNotFound (or its
// logger alias).
func IsNotFoundErr(info *types.Info, e ast.Expr) bool {
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
	return IsPath(p) || p == Path+"/logger"
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

var isLenOf = orm.IsLenOf

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
	if b.Lookup.Kind == orm.RowsLookup || b.Lookup.Kind == orm.CountLookup || b.Lookup.Kind == orm.InitLookup || b.Lookup.Kind == orm.ValueLookup || b.Lookup.Kind == orm.ExistLookup {
		// (an existence helper's (bool, error): false and no error
		// when the row is missing)
		errNil = orm.Found | orm.NotFound
	}
	// Find and Count never report gorm.ErrRecordNotFound: a test for it
	// is never true (orm.Outcome 0), and detect reports the dead test.
	notFound := orm.NotFound
	if b.Lookup.Kind == orm.RowsLookup || b.Lookup.Kind == orm.CountLookup {
		notFound = 0
	}
	switch c := cond.(type) {
	case *ast.Ident:
		// exists, err := UserExists(name); if exists {...}
		if b.Lookup.Kind == orm.ExistLookup && usesObj(info, c, b.Count) {
			return rest(orm.Found)
		}
	case *ast.CallExpr:
		// GORM v1: db.Where(...).First(&u).RecordNotFound(), res.RecordNotFound()
		if recv, name, isM := method(c); isM && name == "RecordNotFound" && len(c.Args) == 0 && isV1(info.TypeOf(recv)) &&
			(usesObj(info, recv, b.Result) || b.Expr != nil && ast.Unparen(recv) == ast.Unparen(b.Expr)) {
			return rest(notFound)
		}
		// GORM v1: gorm.IsRecordNotFoundError(err)
		if fn, isFn := orm.Callee(info, c).(*types.Func); isFn && fn.Pkg() != nil && fn.Pkg().Path() == PathV1 && fn.Name() == "IsRecordNotFoundError" && len(c.Args) == 1 && isErrOf(info, c.Args[0], b) {
			return rest(notFound)
		}
		// errors.Is(err, gorm.ErrRecordNotFound)
		if orm.IsErrorsIs(info, c) {
			if isErrOf(info, c.Args[0], b) && IsNotFoundErr(info, c.Args[1]) {
				return rest(notFound)
			}
		}
	case *ast.BinaryExpr:
		x, y := c.X, c.Y
		if isErrOf(info, y, b) || isRowsOf(info, y, b) || isPKOf(info, y, b) || isLenOf(info, y, b) || usesObj(info, y, b.Count) {
			x, y = y, x
		}
		var tt, ff orm.Outcome
		switch {
		case isErrOf(info, x, b) && IsNotFoundErr(info, y):
			tt, ff, ok = rest(notFound)
		case isErrOf(info, x, b) && isNil(info, y):
			tt, ff, ok = rest(errNil)
		case isRowsOf(info, x, b) || isPKOf(info, x, b) || isLenOf(info, x, b) || usesObj(info, x, b.Count):
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
			case !zero && (c.Op == token.GEQ || c.Op == token.EQL) && constant.Compare(info.Types[y].Value, token.EQL, constant.MakeInt64(1)):
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
