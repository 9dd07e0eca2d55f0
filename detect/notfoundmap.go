package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// NotFoundMapFact marks a function of the user's that turns an
// existence lookup's (bool, error) into one error, with a sentinel of its
// own when the row is missing (woodpecker's wrapGet):
//
//	func wrapGet(exist bool, err error) error {
//		if !exist {
//			return types.ErrRecordNotExist
//		}
//		...
//	}
//
// wrapGet(sess.Where(...).Get(conf)) is then a lookup whose not-found
// error is that sentinel.
type NotFoundMapFact struct {
	Err string // the sentinel's package path and name
}

// AFact implements analysis.Fact.
func (*NotFoundMapFact) AFact() {}

func (f *NotFoundMapFact) String() string { return "not-found mapper to " + f.Err }

// summarizeNotFoundMaps exports a NotFoundMapFact for each function of
// the package that takes (bool, error), returns an error, and whose
// first statement that reads the bool returns a package-level error
// variable when it is false.
func summarizeNotFoundMaps(pass *analysis.Pass) {
	for fd, fn := range funcs(pass, false) {
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() != 2 || !isBool(sig.Params().At(0).Type()) || !isErrorType(sig.Params().At(1).Type()) ||
			sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
			continue
		}
		if v := missingSentinel(pass.TypesInfo, fd.Body, sig.Params().At(0)); v != nil {
			pass.ExportObjectFact(fn, &NotFoundMapFact{Err: v.Pkg().Path() + "." + v.Name()})
		}
	}
}

// missingSentinel returns the package-level error variable body returns
// first thing when exist is false (if !exist { return ErrX }).
func missingSentinel(info *types.Info, body *ast.BlockStmt, exist *types.Var) *types.Var {
	if body == nil || len(body.List) == 0 {
		return nil
	}
	is, ok := body.List[0].(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
		return nil
	}
	u, ok := ast.Unparen(is.Cond).(*ast.UnaryExpr)
	if !ok || u.Op != token.NOT || !orm.Uses(info, u.X, exist) {
		return nil
	}
	ret, ok := is.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	v, ok := orm.NameOf(info, ret.Results[0]).(*types.Var)
	if !ok || !isPkgVar(v) {
		return nil
	}
	return v
}

// mappedLookup reads f(x.Get(&u)) for a function f with a
// NotFoundMapFact: an error lookup, not found when f's sentinel comes
// back.
func (m *matcher) mappedLookup(call *ast.CallExpr) *orm.Lookup {
	if len(call.Args) != 1 {
		return nil
	}
	fn, ok := orm.Callee(m.pass.TypesInfo, call).(*types.Func)
	if !ok {
		return nil
	}
	var fact NotFoundMapFact
	if !m.pass.ImportObjectFact(fn, &fact) {
		return nil
	}
	inner, ok := ast.Unparen(call.Args[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	l := m.ormLookup(inner)
	if l == nil || l.Kind != orm.ExistLookup || l.Dest == nil {
		return nil
	}
	c := *l
	c.Call, c.Kind, c.NotFoundErr = call, orm.ErrLookup, fact.Err
	return &c
}

// KeepsNotFoundFact marks a function of the user's, f(err error) error,
// that gives back the ORM's not-found error as it came, or an alias of
// it, before anything else it makes of errors (soft-serve's
// db.WrapError):
//
//	func WrapError(err error) error {
//		if err != nil {
//			if errors.Is(err, sql.ErrNoRows) {
//				return ErrRecordNotFound // = sql.ErrNoRows
//			}
//			...
//
// A lookup's error returned through it still says not found.
type KeepsNotFoundFact struct {
	Err string // the not-found error it keeps
}

// AFact implements analysis.Fact.
func (*KeepsNotFoundFact) AFact() {}

func (f *KeepsNotFoundFact) String() string { return "keeps " + f.Err }

// summarizeKeepers exports a KeepsNotFoundFact for each such function of
// the package: one error in, one error out, and the first statement (or
// the first inside a leading if err != nil) is if errors.Is(err, X) {
// return Y } for a not-found error X and Y the same error.
func summarizeKeepers(pass *analysis.Pass, a orm.Adapter) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, false) {
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() != 1 || !isErrorType(sig.Params().At(0).Type()) || sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
			continue
		}
		var have KeepsNotFoundFact
		if pass.ImportObjectFact(fn, &have) || fd.Body == nil || len(fd.Body.List) == 0 {
			continue
		}
		param := sig.Params().At(0)
		first := fd.Body.List[0]
		if is, ok := first.(*ast.IfStmt); ok && is.Init == nil && errNotNil(info, is.Cond, param) && len(is.Body.List) > 0 {
			first = is.Body.List[0]
		}
		is, ok := first.(*ast.IfStmt)
		if !ok || is.Init != nil || len(is.Body.List) != 1 {
			continue
		}
		c, ok := ast.Unparen(is.Cond).(*ast.CallExpr)
		if !ok || !orm.IsErrorsIs(info, c) || !orm.Uses(info, c.Args[0], param) {
			continue
		}
		ret, ok := is.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		in, out := notFoundHeld(pass, a, c.Args[1]), notFoundHeld(pass, a, ret.Results[0])
		if orm.Uses(info, ret.Results[0], param) {
			out = in
		}
		if in != "" && in == out {
			pass.ExportObjectFact(fn, &KeepsNotFoundFact{Err: in})
		}
	}
}

// errNotNil reports e is v != nil.
func errNotNil(info *types.Info, e ast.Expr, v *types.Var) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	return ok && b.Op == token.NEQ && orm.Uses(info, b.X, v) && info.Types[b.Y].IsNil()
}
