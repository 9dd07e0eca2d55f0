package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
)

// Error flow: whether a function hands its lookup's error to its caller
// as the ORM reported it (errorFlows), under a name of its own
// (sentinelFlows: return nil, ErrUserNotFound, or a value of its own
// error type), wrapped so that errors.Is still sees it (wraps), or not
// at all. The summaries in summary.go and compose.go rest on it.

func returnsError(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	return res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type())
}

// errorFlows reports whether every return of body gives, as its error,
// nil or the error of call: the call itself (return db.First(&u).Error,
// return q.Only(ctx)), or a variable assigned from it.
func errorFlows(pass *analysis.Pass, body *ast.BlockStmt, call *ast.CallExpr) bool {
	fl := errorFlow(pass, body, call)
	return fl.ok && fl.sentinel == nil && fl.errType == nil && fl.tags == nil
}

// sentinelFlows is errorFlows for a function that, when no row matched,
// returns a package-level error variable of its own instead of the ORM's:
//
//	if errors.Is(result.Error, gorm.ErrRecordNotFound) {
//		return nil, ErrUserNotFound
//	}
//
// or a value of an error type of its own (return nil,
// NewErrNotFound("user"), return nil, &NotFoundError{...}).
// It returns that variable or type, or nil.
func sentinelFlows(pass *analysis.Pass, body *ast.BlockStmt, call *ast.CallExpr) (v *types.Var, t types.Type) {
	fl := errorFlow(pass, body, call)
	if !fl.ok {
		return nil, nil
	}
	return fl.sentinel, fl.errType
}

// flow is what errorFlow learns of how a lookup's error leaves a body.
type flow struct {
	ok       bool
	sentinel *types.Var
	errType  types.Type
	tags     []string // the kinds the not-found error is built with
}

// sentinelled reports a flow for sentinelFlows, or one whose not-found
// error carries kinds (flow.tags).
func (fl flow) sentinelled() bool {
	return fl.ok && (fl.sentinel != nil || fl.errType != nil && errTypeName(fl.errType) != "" || fl.tags != nil)
}

// errorFlow is errorFlowsSentinel, with the kinds.
func errorFlow(pass *analysis.Pass, body *ast.BlockStmt, call *ast.CallExpr) flow {
	if lit, run := runnerLit(pass, body, call); lit != nil {
		// the lookup's error (or sentinel) flows out of the callback,
		// and the runner's out of body
		in, out := errorFlow(pass, lit.Body, call), errorFlow(pass, body, run)
		if !in.ok || !out.ok || out.sentinel != nil || out.errType != nil || out.tags != nil {
			return flow{}
		}
		return in
	}
	ok, ss := errorFlowsOf(pass, body, call)
	return flow{ok: ok, sentinel: ss.sentinel, errType: ss.errType, tags: ss.tags}
}

// errorFlowsSentinel is errorFlows, also accepting one sentinel error
// returned only inside an if whose condition tests for the ORM's
// not-found error.
func errorFlowsSentinel(pass *analysis.Pass, body *ast.BlockStmt, call *ast.CallExpr) (bool, *types.Var, types.Type) {
	fl := errorFlow(pass, body, call)
	return fl.ok, fl.sentinel, fl.errType
}

// errorFlowsOf is errorFlowsSentinel for one body, with what its
// sentinels accepted.
func errorFlowsOf(pass *analysis.Pass, body *ast.BlockStmt, call *ast.CallExpr) (bool, *sentinels) {
	info := pass.TypesInfo
	ss := &sentinels{pass: pass, info: info, notFoundIfs: notFoundReturns(info, body, call)}
	isCall := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if sel, ok := e.(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" {
			e = ast.Unparen(sel.X)
		}
		return e == call
	}
	errs := errVars(info, body, isCall)
	isErr := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if sel, ok := e.(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" {
			e = ast.Unparen(sel.X) // result.Error, result := db.First(&u)
		}
		id, isID := e.(*ast.Ident)
		return isCall(e) || isID && errs[info.Uses[id]]
	}
	queryErrs := rowsQueryErrs(info, body, call)
	ok, returns, transformed := true, 0, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			if len(n.Results) == 0 {
				// a naked return of the named error result the
				// call's error was assigned to
				ok = ok && namedErrResult(errs)
				return false
			}
			last := ast.Unparen(n.Results[len(n.Results)-1])
			if len(n.Results) == 1 && ast.Unparen(n.Results[0]) == call {
				return false // return q.Only(ctx): node and error of the call
			}
			switch {
			case info.Types[last].IsNil(), isErr(last), wraps(pass, last, isErr), ss.accept(n, last), ss.kindWrap(last, isErr), queryErrs[orm.NameOf(info, last)]:
			case transforms(info, last, isErr), n.End() <= call.Pos():
				// a failure of its own: the lookup's error
				// translated, or an argument guard's before it
				transformed = true
			default:
				ok = false
			}
		}
		return ok
	})
	// an error transformed into another (flyteadmin's
	// r.errorTransformer.ToFlyteAdminError(tx.Error)), or one a guard
	// before the lookup returns, is a failure to callers only where the
	// function says not-found itself
	if transformed && ss.sentinel == nil && ss.errType == nil && len(ss.tags) == 0 {
		ok = false
	}
	return ok && returns > 0, ss
}

// transforms reports a call given the lookup's error that returns an
// error: the failure, translated (not kept for errors.Is).
func transforms(info *types.Info, e ast.Expr, isErr func(ast.Expr) bool) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || !slices.ContainsFunc(call.Args, isErr) {
		return false
	}
	t := info.TypeOf(call)
	return t != nil && types.Implements(t, errorType)
}

// rowsQueryErrs returns the errors of the queries whose rows call is
// given (rows, err := a.db.Query(...); if err != nil { return nil, err };
// return a.readUser(rows)): a failed query, never "not found".
func rowsQueryErrs(info *types.Info, body *ast.BlockStmt, call *ast.CallExpr) map[types.Object]bool {
	args := map[types.Object]bool{}
	for _, a := range call.Args {
		if o := orm.NameOf(info, a); o != nil {
			args[o] = true
		}
	}
	out := map[types.Object]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !sqlorm.IsRows(info.TypeOf(as.Rhs[0])) {
			return true
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok && args[info.ObjectOf(id)] {
			if e, ok := as.Lhs[1].(*ast.Ident); ok && info.ObjectOf(e) != nil {
				out[info.ObjectOf(e)] = true
			}
		}
		return true
	})
	return out
}

// errVars returns the variables body assigns the call's error to (isCall
// says which expression is the call or its .Error).
func errVars(info *types.Info, body *ast.BlockStmt, isCall func(ast.Expr) bool) map[types.Object]bool {
	errs := map[types.Object]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || !isCall(as.Rhs[0]) {
			return true
		}
		if id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident); ok {
			if o := info.ObjectOf(id); o != nil {
				errs[o] = true
			}
		}
		return true
	})
	return errs
}

// sentinels accepts, in the returns under a not-found test of the
// lookup, one package-level error variable or values of one error type
// of the module, and remembers which.
type sentinels struct {
	pass        *analysis.Pass
	info        *types.Info
	notFoundIfs map[*ast.ReturnStmt]bool
	sentinel    *types.Var
	errType     types.Type
	tags        []string
}

// kindWrap accepts a call of a function with an ErrKindFact given the
// lookup's error (return nil, store.WrapNotFoundErrf(err, code, "...")):
// the error comes back as it went in, or, when not found, built with
// the fact's kinds.
func (ss *sentinels) kindWrap(e ast.Expr, isErr func(ast.Expr) bool) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := callee(ss.info, call)
	var f ErrKindFact
	if fn == nil || !ss.pass.ImportObjectFact(fn, &f) || f.Param >= len(call.Args) || !isErr(call.Args[f.Param]) {
		return false
	}
	return ss.addTags(f.Tags)
}

// addTags records kinds of the not-found error; all must agree.
func (ss *sentinels) addTags(tags []string) bool {
	if ss.tags != nil && !slices.Equal(ss.tags, tags) || ss.sentinel != nil {
		return false
	}
	ss.tags = tags
	return true
}

func (ss *sentinels) accept(r *ast.ReturnStmt, e ast.Expr) bool {
	if !ss.notFoundIfs[r] {
		return false
	}
	if tags := callKinds(ss.pass, e); tags != nil && ss.addTags(tags) {
		// errors.Newf(errors.TypeNotFound, ...): the kind, and the
		// project's error type if it is one
		if t := ownErrType(ss.info, e); t != nil && (ss.errType == nil || types.Identical(ss.errType, t)) {
			ss.errType = t
		}
		return true
	}
	if t := ownErrType(ss.info, e); t != nil && (ss.errType == nil || types.Identical(ss.errType, t)) && ss.sentinel == nil {
		ss.errType = t
		return true
	}
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr: // domain.ErrNotFound
		id = x.Sel
	default:
		return false
	}
	v, ok := ss.info.Uses[id].(*types.Var)
	if !ok || !isPkgVar(v) || (ss.sentinel != nil && ss.sentinel != v) || ss.errType != nil || ss.tags != nil {
		return false
	}
	ss.sentinel = v
	return true
}

// namedErrResult reports whether one of objs is a named result of type
// error: func Create(t *T) (err error) { err = db.Create(t).Error; return }.
func namedErrResult(objs map[types.Object]bool) bool {
	for o := range objs {
		if v, ok := o.(*types.Var); ok && v.Kind() == types.ResultVar && types.Identical(v.Type(), types.Universe.Lookup("error").Type()) {
			return true
		}
	}
	return false
}

// testsNotFound reports whether cond mentions the ORM's not-found error:
// gorm.ErrRecordNotFound, or a generated ent IsNotFound.
func testsNotFound(info *types.Info, cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if obj := info.Uses[id]; obj != nil && obj.Pkg() != nil {
				switch {
				case gormorm.IsPath(obj.Pkg().Path()) && obj.Name() == "ErrRecordNotFound",
					obj.Pkg().Path() == "database/sql" && obj.Name() == "ErrNoRows",
					obj.Name() == "IsNotFound" && isFunc(obj):
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// wrapperPkg are the last elements of the paths of error packages whose
// wrappers keep the cause for errors.Is.
var wrapperPkg = map[string]bool{"errors": true, "stacktrace": true, "eris": true, "errorx": true}

func pathBase(path string) string { return path[strings.LastIndex(path, "/")+1:] }

// wraps reports fmt.Errorf("...%w...", ..., err) of an error isErr accepts:
// errors.Is and errors.As still see the ORM's not-found error through it.
func wraps(pass *analysis.Pass, e ast.Expr, isErr func(ast.Expr) bool) bool {
	info := pass.TypesInfo
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) < 1 {
		return false
	}
	obj := orm.Callee(info, call)
	fn, ok := obj.(*types.Func)
	if v, isVar := obj.(*types.Var); isVar {
		fn = aliasedFunc(pass, v) // var WithStack = errors.WithStack
		ok = fn != nil
	}
	if !ok || fn.Pkg() == nil {
		return false
	}
	var keep KeepsNotFoundFact
	if len(call.Args) == 1 && isErr(call.Args[0]) && pass.ImportObjectFact(fn, &keep) {
		return true // db.WrapError(err): not-found comes back as it went in
	}
	// github.com/pkg/errors keeps the cause for errors.Is (Unwrap): the
	// error is the first argument. So do the stack-trace packages in its
	// style (palantir's stacktrace.Propagate, ente's fork, rotisserie's
	// eris, juju's errors.Annotate), known by their package's last element
	// and their function's name, with the error first and an error out.
	if wrapperPkg[pathBase(fn.Pkg().Path())] {
		switch fn.Name() {
		case "WithStack", "Wrap", "Wrapf", "WithMessage", "WithMessagef", "Propagate", "Trace", "Annotate", "Annotatef":
			sig := fn.Type().(*types.Signature)
			return len(call.Args) >= 1 && isErr(call.Args[0]) && sig.Results().Len() == 1 && isErrorType(sig.Results().At(0).Type())
		}
		return false
	}
	if fn.Pkg().Path() != "fmt" || fn.Name() != "Errorf" || len(call.Args) < 2 {
		return false
	}
	format := info.Types[call.Args[0]].Value
	if format == nil || !strings.Contains(format.ExactString(), "%w") {
		return false
	}
	for _, a := range call.Args[1:] {
		if isErr(a) {
			return true
		}
	}
	return false
}

// ownErrType returns the error type of the module that e builds a value
// of: a composite literal (ErrNotFound{"user"}, &NotFoundError{}) or a
// call of a function whose one result is that type
// (NewErrNotFound("user")); nil otherwise. Callers test for it with
// errors.As, or a function that does (see ErrAsFact).
func ownErrType(info *types.Info, e ast.Expr) types.Type {
	e = ast.Unparen(e)
	x := e
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	switch x := x.(type) {
	case *ast.CompositeLit:
	case *ast.CallExpr:
		if fn := callee(info, x); fn == nil || fn.Type().(*types.Signature).Results().Len() != 1 {
			return nil
		}
	default:
		return nil
	}
	t := info.TypeOf(e)
	n, ok := types.Unalias(elem(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || types.IsInterface(n) {
		return nil
	}
	errT := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	if !types.Implements(t, errT) {
		return nil
	}
	return t
}

// errTypeName is t as a fact names it: path.Name, or *path.Name.
func errTypeName(t types.Type) string {
	star := ""
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		star, t = "*", p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return star + n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// notFoundReturns returns the return statements directly under an if
// that tests call's lookup for not-found: the ORM's not-found error, or
// !has for a lookup that answers with a bool (has, err := x.Get(&u)).
func notFoundReturns(info *types.Info, body *ast.BlockStmt, call *ast.CallExpr) map[*ast.ReturnStmt]bool {
	var has types.Object
	if as := lookupAssign(body, call); as != nil && len(as.Lhs) == 2 {
		if tv, ok := info.Types[call]; ok {
			if tup, ok := tv.Type.(*types.Tuple); ok && tup.Len() == 2 && types.Identical(tup.At(0).Type(), types.Typ[types.Bool]) {
				if id, ok := as.Lhs[0].(*ast.Ident); ok {
					has = info.ObjectOf(id)
				}
			}
		}
	}
	out := map[*ast.ReturnStmt]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		if sw, ok := n.(*ast.SwitchStmt); ok && sw.Tag == nil {
			// switch { case err == sql.ErrNoRows: return nil, NotFound{...}; ... }
			for _, cc := range sw.Body.List {
				cc := cc.(*ast.CaseClause)
				if len(cc.List) == 1 && testsNotFound(info, cc.List[0]) {
					for _, st := range cc.Body {
						if r, ok := st.(*ast.ReturnStmt); ok {
							out[r] = true
						}
					}
				}
			}
			return true
		}
		is, ok := n.(*ast.IfStmt)
		if !ok || !testsNotFound(info, is.Cond) && !testsMissing(info, is.Cond, has) {
			return true
		}
		for _, st := range is.Body.List {
			if r, ok := st.(*ast.ReturnStmt); ok {
				out[r] = true
			}
		}
		return true
	})
	if len(out) == 0 {
		return out
	}
	// guards before the lookup that answer from the arguments alone
	// (if email == "" { return nil, ErrUserNotExist{...} }) say
	// not-found without looking, as the lookup's not-found path does
	for _, st := range body.List {
		if st.Pos() <= call.Pos() && call.End() <= st.End() {
			break
		}
		if is, ok := st.(*ast.IfStmt); ok && is.Init == nil && is.Else == nil && !hasCall(is.Cond) && len(is.Body.List) == 1 {
			if r, ok := is.Body.List[0].(*ast.ReturnStmt); ok {
				out[r] = true
			}
		}
	}
	// a test of the found row for a zero field after the lookup (indigo's
	// if acc.UID == 0 { return nil, ErrAccountNotFound }) answers
	// not-found too: the function's callers create then, as they do
	// when no row matched
	dests := map[types.Object]bool{}
	for _, a := range call.Args {
		x := ast.Unparen(a)
		if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
			x = ast.Unparen(u.X)
		}
		if id, ok := x.(*ast.Ident); ok && info.ObjectOf(id) != nil {
			dests[info.ObjectOf(id)] = true
		}
	}
	for _, st := range body.List {
		is, ok := st.(*ast.IfStmt)
		if !ok || st.Pos() < call.End() || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 || !zeroFieldTest(info, is.Cond, dests) {
			continue
		}
		if r, ok := is.Body.List[0].(*ast.ReturnStmt); ok {
			out[r] = true
		}
	}
	return out
}

// zeroFieldTest reports cond x.F == <zero constant>, x one of dests.
func zeroFieldTest(info *types.Info, cond ast.Expr, dests map[types.Object]bool) bool {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.EQL {
		return false
	}
	sel, ok := ast.Unparen(be.X).(*ast.SelectorExpr)
	if !ok || !dests[info.ObjectOf(identOf(sel.X))] {
		return false
	}
	return orm.IsZeroConst(info.Types[be.Y].Value)
}
