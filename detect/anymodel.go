package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// A data layer over any model writes its helpers once, for a model its
// caller passes as a parameter of interface type:
//
//	func Create(ctx context.Context, db bun.IDB, entity interface{}) (interface{}, error) {
//		if _, err := db.NewInsert().Model(entity).Exec(ctx); err != nil {
//			return nil, err
//		}
//		return entity, nil
//	}
//
//	func (s *Cnd) FindOne(db *gorm.DB, out any) error { return s.Build(db).First(out).Error }
//
// Each such function is a create or a lookup of the argument's type at
// every call. The adapter says which calls run a statement and which
// argument names their model (orm.ModelArger); the rest is the same for
// every ORM.

// anyParam returns 1 + the index of the function's parameter of
// interface type that the one call of op in fd names as its model, and
// those calls (one per path), when fd runs no other statement and every return gives nil
// or that call's error; 0 otherwise.
func anyParam(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func, op orm.DataOp) (int, []*ast.CallExpr) {
	info := pass.TypesInfo
	ma, ok := a.(orm.ModelArger)
	if !ok || fd.Body == nil || !returnsError(fn) {
		return 0, nil
	}
	params := fn.Type().(*types.Signature).Params()
	resolve := chainResolver(info, fd.Body)
	var calls []*ast.CallExpr
	param, other := -1, false
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		call, isCall := x.(*ast.CallExpr)
		if !isCall || other {
			return !other
		}
		got, arg := ma.ModelArg(info, call, resolve)
		if got == orm.SaveOp && op == orm.CreateOp {
			got = orm.CreateOp // a Save of the caller's record: see anyCreateFact
		}
		switch {
		case got == orm.NoOp:
			return true
		case got != op:
			other = true
			return false
		}
		id, isID := ast.Unparen(arg).(*ast.Ident)
		if arg == nil || !isID {
			other = true
			return false
		}
		i := slices.IndexFunc(slices.Collect(params.Variables()), func(v *types.Var) bool { return v == info.Uses[id] })
		if i < 0 || !types.IsInterface(params.At(i).Type()) && !variadicAny(fn, i, call) || param >= 0 && param != i {
			other = true
			return false
		}
		param, calls = i, append(calls, call)
		return true
	})
	if other || len(calls) == 0 || !errorsFlow(pass, fd.Body, calls) {
		return 0, nil
	}
	return param + 1, calls
}

// variadicAny reports parameter i of fn as its variadic ...any (or of
// another interface) handed on whole to call (Gitea's db.Insert(ctx,
// beans ...any): GetEngine(ctx).Insert(beans...)): at a call with one
// value for it, that value is the model's (anyArg).
func variadicAny(fn *types.Func, i int, call *ast.CallExpr) bool {
	sig := fn.Type().(*types.Signature)
	if !sig.Variadic() || i != sig.Params().Len()-1 || call.Ellipsis == token.NoPos {
		return false
	}
	sl, ok := sig.Params().At(i).Type().(*types.Slice)
	return ok && types.IsInterface(sl.Elem())
}

// anyArg returns the argument of a call of fn that is its parameter
// AnyArg-1: nil when the call has none, or, for a variadic parameter,
// when it gives it more or less than one value.
func anyArg(fn *types.Func, call *ast.CallExpr, anyArg int) ast.Expr {
	if anyArg == 0 || anyArg > len(call.Args) {
		return nil
	}
	if sig := fn.Type().(*types.Signature); sig.Variadic() && anyArg == sig.Params().Len() && (len(call.Args) != anyArg || call.Ellipsis != token.NoPos) {
		return nil
	}
	return call.Args[anyArg-1]
}

// errorsFlow is errorFlows for one call or for several of one kind,
// one per path (if tx != nil { return tx.Create(data).Error }; return
// DB.Create(data).Error): each return then gives nil or one's error.
func errorsFlow(pass *analysis.Pass, body *ast.BlockStmt, calls []*ast.CallExpr) bool {
	info := pass.TypesInfo
	if len(calls) == 1 {
		return errorFlows(pass, body, calls[0])
	}
	ok, n := true, 0
	ast.Inspect(body, func(x ast.Node) bool {
		if _, lit := x.(*ast.FuncLit); lit {
			return false
		}
		r, isRet := x.(*ast.ReturnStmt)
		if !isRet || !ok {
			return ok
		}
		n++
		if len(r.Results) != 1 {
			ok = false
			return false
		}
		e := ast.Unparen(r.Results[0])
		if sel, isSel := e.(*ast.SelectorExpr); isSel && sel.Sel.Name == "Error" {
			e = sel.X
		}
		call, isCall := ast.Unparen(e).(*ast.CallExpr)
		ok = info.Types[e].IsNil() || isCall && slices.Contains(calls, call)
		return false
	})
	return ok && n > 0
}

// anyLookup is anyParam for a lookup (FindOne(db, out any) error).
func anyLookup(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func) int {
	i, _ := anyParam(pass, a, fd, fn, orm.LookupOp)
	return i
}

// anyLookupFact is the LookupFact of a function whose one statement is
// a lookup into its parameter of interface type. Its key is the
// adapter's reading of the conditions in the function (orm.AnyLookuper),
// when it has one; else the conditions are its caller's.
func anyLookupFact(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func) *LookupFact {
	info := pass.TypesInfo
	i, calls := anyParam(pass, a, fd, fn, orm.LookupOp)
	f := &LookupFact{ORM: a.Name(), AnyArg: i, KeyErr: anyKeyErr, NilOnErr: nilOnErr(info, fd, fn)}
	if r, ok := a.(orm.AnyLookuper); ok {
		l := r.AnyLookup(info, calls[0])
		f.NotFoundErr = l.NotFoundErr
		f.Key, f.KeyErr = l.Key, ""
		if l.KeyErr != "" {
			f.Key = nil
			f.KeyErr = "the lookup, in " + funcName(fn) + ", is of a model its caller passes and " + l.KeyErr
		} else {
			f.KeyParams, f.KeySels = keyParams(info, fd, l)
		}
	}
	return f
}

// anyCreateFact is the CreateFact of a function whose one statement is
// the insert of its parameter of interface type (Create(data any)
// error), or nil.
func anyCreateFact(pass *analysis.Pass, a orm.Adapter, ef *effects, fd *ast.FuncDecl, fn *types.Func) *CreateFact {
	i, calls := anyParam(pass, a, fd, fn, orm.CreateOp)
	if i == 0 {
		return nil
	}
	f := &CreateFact{ORM: a.Name(), AnyArg: i}
	ma := a.(orm.ModelArger)
	for _, c := range calls {
		if op, _ := ma.ModelArg(pass.TypesInfo, c, nil); op == orm.SaveOp {
			f.Save = true // func dbSave(db *gorm.DB, model any) error { return db.Save(model).Error }
		}
	}
	f.Impure = createImpure(ef, fd, &orm.Create{Call: calls[0]}, paramIndex(pass.TypesInfo, fd), i-1, calls[1:]...)
	f.Pure = f.Impure == ""
	return f
}

// anyArgCreate returns, for a call of a function whose CreateFact has
// AnyArg (Create(ctx, db, &row)), the create of the argument's model, as
// if the call were the ORM's; nil for any other call.
func (m *matcher) anyArgCreate(call *ast.CallExpr) *orm.Create {
	fn := callee(m.pass.TypesInfo, call)
	var f CreateFact
	if fn == nil || !m.pass.ImportObjectFact(fn, &f) || f.ORM != m.a.Name() || f.AnyArg == 0 {
		return nil
	}
	arg := anyArg(fn, call, f.AnyArg)
	if arg == nil {
		return nil
	}
	model := orm.StructOf(m.pass.TypesInfo.TypeOf(arg))
	if model == nil {
		return nil
	}
	return &orm.Create{Call: call, Method: fn.Name(), Model: model, Arg: arg, Via: funcName(fn), ViaFunc: fn, ViaPure: f.Pure, ViaWhy: f.Impure, MayUpdate: f.Save}
}

// chainResolver returns the orm.Resolver that gives a local query
// variable's first value, also when the function extends it in place
// (q = q.Where(...), or q.Where(...) alone, as bun's builders allow):
// enough to know its model, never its conditions.
func chainResolver(info *types.Info, body *ast.BlockStmt) orm.Resolver {
	defs := map[types.Object]ast.Expr{}
	bad := map[types.Object]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || len(as.Lhs) != len(as.Rhs) {
				continue
			}
			if obj := info.Defs[id]; obj != nil && as.Tok == token.DEFINE {
				defs[obj] = as.Rhs[i]
			} else if obj := info.Uses[id]; obj != nil && !extends(info, as.Rhs[i], obj) {
				bad[obj] = true
			}
		}
		return true
	})
	return func(e ast.Expr) ast.Expr {
		id, ok := e.(*ast.Ident)
		if !ok {
			return nil
		}
		obj := info.Uses[id]
		if bad[obj] {
			return nil
		}
		return defs[obj]
	}
}

// extends reports whether e is a chain of method calls on the variable
// obj (q.Where(...).Order(...)).
func extends(info *types.Info, e ast.Expr, obj types.Object) bool {
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			id, ok := ast.Unparen(e).(*ast.Ident)
			return ok && info.Uses[id] == obj
		}
		recv, _, ok := orm.Method(call)
		if !ok {
			return false
		}
		e = recv
	}
}

// nilOnErr reports a function (T, error), T an interface type, each of
// whose returns gives nil as its T or nil as its error
// (return nil, err; return entity, nil).
func nilOnErr(info *types.Info, fd *ast.FuncDecl, fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 2 || !types.IsInterface(res.At(0).Type()) || isErrorType(res.At(0).Type()) {
		return false
	}
	ok, n := true, 0
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if _, lit := x.(*ast.FuncLit); lit {
			return false
		}
		r, isRet := x.(*ast.ReturnStmt)
		if !isRet || !ok {
			return ok
		}
		n++
		ok = len(r.Results) == 2 && (info.Types[r.Results[0]].IsNil() || info.Types[r.Results[1]].IsNil())
		return false
	})
	return ok && n > 0
}
