package detect

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Error kinds. Some projects have one error type for all their errors
// and tell them apart by a kind the constructor is given (SigNoz):
//
//	return nil, errors.Newf(errors.TypeNotFound, errors.CodeNotFound, "no user %s", email)
//
// tested by a function of the error and the kind:
//
//	if err != nil && !errors.Ast(err, errors.TypeNotFound) { return err }
//
// often through a wrapper of the lookup's error that gives the kind only
// when no row matched (its ErrKindFact):
//
//	func (p *provider) WrapNotFoundErrf(err error, code errors.Code, format string, args ...any) error {
//		if err == sql.ErrNoRows {
//			return errors.Wrapf(err, errors.TypeNotFound, code, format, args...)
//		}
//		return err
//	}
//
// A kind is a package-level variable or constant of a named type that is
// not an error, handed to the call that builds the error (errKinds).
// The lookup's fact keeps them (LookupFact.NotFoundTags); a caller's test
// that hands the error and one of them to a function returning bool, or
// compares a function of the error with one (status.Code(err) ==
// codes.NotFound), is a not-found test (walker.kindTest).

// ErrKindFact marks a function that writes nothing and returns its error
// parameter Param as it is, but when that error is a data layer's
// not-found error, an error built with the kinds Tags.
type ErrKindFact struct {
	Param int
	Tags  []string
}

func (*ErrKindFact) AFact() {}

func (f *ErrKindFact) String() string {
	return fmt.Sprintf("gives parameter %d the kinds %v when it is not-found", f.Param, f.Tags)
}

func (f *ErrKindFact) ormModel() string { return fmt.Sprint(*f) }

// errKinds returns the kinds a call that builds an error is given: the
// qualified names of its arguments that are package-level variables or
// constants of a named type that is not an error; nil when none.
func errKinds(info *types.Info, e ast.Expr) []string {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if t := info.TypeOf(call); t == nil || !types.Implements(t, errorType) {
		return nil
	}
	var tags []string
	for _, a := range call.Args {
		if k := kindOf(info, a); k != "" {
			tags = append(tags, k)
		}
	}
	slices.Sort(tags)
	return tags
}

// KindCtorFact marks a function that builds an error with fixed kinds
// and writes nothing (flyteadmin's GetMissingEntityError: return
// NewFlyteAdminErrorf(codes.NotFound, ...)): its calls are errors of those
// kinds, as the call it returns is.
type KindCtorFact struct{ Tags []string }

func (*KindCtorFact) AFact() {}

func (f *KindCtorFact) String() string { return fmt.Sprintf("builds an error of the kinds %v", f.Tags) }

// callKinds is errKinds, and the kinds of a call of a function with a
// KindCtorFact.
func callKinds(pass *analysis.Pass, e ast.Expr) []string {
	if tags := errKinds(pass.TypesInfo, e); tags != nil {
		return tags
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	var f KindCtorFact
	if fn := callee(pass.TypesInfo, call); fn != nil && pass.ImportObjectFact(fn, &f) {
		return f.Tags
	}
	return nil
}

// exportKindCtor exports a KindCtorFact for fn, whose body is one return
// of an error built with kinds, when it writes nothing.
func exportKindCtor(pass *analysis.Pass, ef *effects, fd *ast.FuncDecl, fn *types.Func) {
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() != 1 || !types.Implements(sig.Results().At(0).Type(), errorType) || len(fd.Body.List) != 1 {
		return
	}
	r, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return
	}
	if f := ef.summary(fn); f == nil || f.Effect != "" || len(f.Writes) > 0 {
		return
	}
	if tags := callKinds(pass, r.Results[0]); tags != nil {
		pass.ExportObjectFact(fn, &KindCtorFact{Tags: tags})
	}
}

// kindOf returns the qualified name of x when it is a package-level
// variable or constant of a named type that is not an error; "".
func kindOf(info *types.Info, x ast.Expr) string {
	var id *ast.Ident
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	default:
		return ""
	}
	obj := info.Uses[id]
	switch obj.(type) {
	case *types.Var, *types.Const:
	default:
		return ""
	}
	if obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return ""
	}
	if _, named := types.Unalias(obj.Type()).(*types.Named); !named || types.Implements(obj.Type(), errorType) {
		return ""
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// summarizeErrKinds exports an ErrKindFact for each function of the
// package with an error parameter and one error result whose returns
// give that parameter as it is, or, under a test of it for a data
// layer's not-found error, an error built with kinds (the same on each
// such return).
func summarizeErrKinds(pass *analysis.Pass, ef *effects) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, false) {
		exportKindCtor(pass, ef, fd, fn)
		sig := fn.Type().(*types.Signature)
		if sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
			continue
		}
		if f := ef.summary(fn); f == nil || f.Effect != "" || len(f.Writes) > 0 {
			continue // it only builds an error (so an interface method whose implementations agree is pure)
		}
		params := paramVars(info, fd)
		for i, p := range params {
			if p == nil || !isErrorType(p.Type()) {
				continue
			}
			if tags := kindReturns(pass, fd.Body, p); tags != nil {
				pass.ExportObjectFact(fn, &ErrKindFact{Param: i, Tags: tags})
			}
			break
		}
	}
}

// kindReturns returns the kinds of summarizeErrKinds for body and its
// error parameter p, or nil.
func kindReturns(pass *analysis.Pass, body *ast.BlockStmt, p *types.Var) []string {
	info := pass.TypesInfo
	var tags []string
	ok := true
	var walk func(stmts []ast.Stmt, notFound bool)
	walk = func(stmts []ast.Stmt, notFound bool) {
		for _, st := range stmts {
			switch st := st.(type) {
			case *ast.ReturnStmt:
				if len(st.Results) != 1 {
					ok = false
					return
				}
				r := st.Results[0]
				id, isID := ast.Unparen(r).(*ast.Ident)
				kinds := callKinds(pass, r)
				switch {
				case isID && info.Uses[id] == p:
				case notFound && kinds != nil && (tags == nil || slices.Equal(tags, kinds)):
					tags = kinds
				default:
					ok = false
				}
			case *ast.IfStmt:
				if st.Init != nil || st.Else != nil || !testsNotFound(info, st.Cond) || !mentions(info, st.Cond, p) || notFoundNegated(st.Cond) {
					ok = false
					return
				}
				walk(st.Body.List, true)
			default:
				ok = false
			}
			if !ok {
				return
			}
		}
	}
	walk(body.List, false)
	if !ok {
		return nil
	}
	return tags
}

// notFoundNegated reports a condition that holds when the error is not
// the not-found one (err != sql.ErrNoRows, !errors.Is(...)).
func notFoundNegated(cond ast.Expr) bool {
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		return c.Op == token.NOT
	case *ast.BinaryExpr:
		return c.Op != token.EQL
	}
	return false
}

// kindTest answers a test of the lookup's error for a kind its not-found
// error is built with: errors.Ast(err, errors.TypeNotFound) (a function
// of the error and the kind, returning bool), or status.Code(err) ==
// codes.NotFound (a function of the error compared with the kind).
func (w *walker) kindTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	tags := w.b.Lookup.NotFoundTags
	if len(tags) == 0 || w.b.Err == nil {
		return 0, 0, false
	}
	info := w.m.pass.TypesInfo
	isErr := func(x ast.Expr) bool { return w.m.obj(x) == w.b.Err }
	others := orm.All &^ orm.NotFound
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if len(x.Args) == 2 && isErr(x.Args[0]) && slices.Contains(tags, kindOf(info, x.Args[1])) && isBool(info.TypeOf(x)) {
			return orm.NotFound, others, true
		}
	case *ast.BinaryExpr:
		if x.Op != token.EQL && x.Op != token.NEQ {
			return 0, 0, false
		}
		a, b := ast.Unparen(x.X), ast.Unparen(x.Y)
		if !slices.Contains(tags, kindOf(info, b)) {
			a, b = b, a
		}
		c, isCall := a.(*ast.CallExpr)
		if !isCall || !slices.Contains(tags, kindOf(info, b)) {
			return 0, 0, false
		}
		if !(len(c.Args) == 1 && isErr(c.Args[0])) && !w.assertedErrMethod(c, isErr) {
			return 0, 0, false
		}
		if x.Op == token.EQL {
			return orm.NotFound, others, true
		}
		return others, orm.NotFound, true
	}
	return 0, 0, false
}

// assertedErrMethod reports c, a method call without arguments on a value
// the lookup's error was asserted to (ec, ok := err.(FlyteAdminError);
// ok && ec.Code() == codes.NotFound; err.(FlyteAdminError).Code()).
func (w *walker) assertedErrMethod(c *ast.CallExpr, isErr func(ast.Expr) bool) bool {
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok || len(c.Args) != 0 {
		return false
	}
	if ta, ok := ast.Unparen(sel.X).(*ast.TypeAssertExpr); ok {
		return isErr(ta.X) // err.(FlyteAdminError).Code()
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return false
	}
	v := w.m.pass.TypesInfo.ObjectOf(id)
	found := false
	ast.Inspect(w.m.file, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if found || !ok {
			return !found
		}
		if len(as.Rhs) == 1 && len(as.Lhs) >= 1 {
			if lid, ok := as.Lhs[0].(*ast.Ident); ok && w.m.pass.TypesInfo.Defs[lid] == v && v != nil {
				if ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr); ok && isErr(ta.X) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
