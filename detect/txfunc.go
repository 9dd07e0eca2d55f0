package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
)

// Transactions run around a callback. A create function often writes in
// a transaction a helper runs for it:
//
//	func WithTx(ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) error) error {
//		tx, err := client.Tx(ctx)
//		if err != nil {
//			return err
//		}
//		if err := fn(tx); err != nil {
//			tx.Rollback()
//			return err
//		}
//		return tx.Commit()
//	}
//
//	func (r *Repo) Create(ctx context.Context, o *Opts) (*Backend, error) {
//		err := WithTx(ctx, r.db, func(tx *ent.Tx) error {
//			... tx.Backend.Update()...Exec(ctx) ...
//			b, err = tx.Backend.Create()...Save(ctx)
//			return err
//		})
//		...
//
// When the insert fails, the callback's error rolls back all it wrote:
// the create function leaves nothing behind, as after a single insert
// (ownTxCalls). The helpers are summarized as TxFuncFacts; the ORMs' own
// (bun's RunInTx, pgx's BeginFunc) are known by name.

// knownTxFuncs are the data layers' own functions of that kind, by
// package path and name: the callback's index and the transaction's among
// its parameters. (GORM's Transaction is gormTxCalls'.)
var knownTxFuncs = map[[2]string]TxFuncFact{
	{"github.com/uptrace/bun", "RunInTx"}:            {Callback: 2, TxArg: 1},
	{"github.com/jackc/pgx/v5", "BeginFunc"}:         {Callback: 2, TxArg: 0},
	{"github.com/jackc/pgx/v5", "BeginTxFunc"}:       {Callback: 3, TxArg: 0},
	{"github.com/jackc/pgx/v5/pgxpool", "BeginFunc"}: {Callback: 1, TxArg: 0},
}

// txFunc returns what is known of fn as a runner of transactions, or nil.
func txFunc(pass *analysis.Pass, fn *types.Func) *TxFuncFact {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	if f, ok := knownTxFuncs[[2]string{fn.Pkg().Path(), fn.Name()}]; ok {
		return &f
	}
	var f TxFuncFact
	if pass.ImportObjectFact(fn, &f) {
		return &f
	}
	return nil
}

// gormTransaction reports GORM's db.Transaction(func(tx *gorm.DB) error
// {...}).
func gormTransaction(info *types.Info, call *ast.CallExpr) bool {
	recv, name, ok := orm.Method(call)
	return ok && name == "Transaction" && gormorm.IsDB(info.TypeOf(recv))
}

// isTxType reports a transaction handle: the SQL layers' Tx, or any type
// with Commit and Rollback methods (ent's generated *Tx, bun.Tx, a
// *gorm.DB begun with Begin).
func isTxType(t types.Type) bool {
	if t == nil {
		return false
	}
	if sqlorm.IsTx(t) {
		return true
	}
	ms := types.NewMethodSet(t)
	if _, ok := t.Underlying().(*types.Interface); !ok {
		if _, ptr := t.(*types.Pointer); !ptr {
			ms = types.NewMethodSet(types.NewPointer(t))
		}
	}
	has := func(name string) bool {
		for i := 0; i < ms.Len(); i++ {
			if ms.At(i).Obj().Name() == name {
				return true
			}
		}
		return false
	}
	return has("Commit") && has("Rollback")
}

// summarizeTxFuncs exports a TxFuncFact for each function of the package
// that begins a transaction, hands it to a callback parameter, rolls it
// back on every return of an error after that call and before its Commit,
// and commits it.
func summarizeTxFuncs(pass *analysis.Pass) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, false) {
		if !returnsError(fn) {
			continue
		}
		sig := fn.Type().(*types.Signature)
		for cb := 0; cb < sig.Params().Len(); cb++ {
			csig, ok := sig.Params().At(cb).Type().Underlying().(*types.Signature)
			if !ok || csig.Results().Len() != 1 || !types.Identical(csig.Results().At(0).Type(), types.Universe.Lookup("error").Type()) {
				continue
			}
			for ti := 0; ti < csig.Params().Len(); ti++ {
				if isTxType(csig.Params().At(ti).Type()) && runsInTx(info, fd, sig.Params().At(cb), ti) {
					pass.ExportObjectFact(fn, &TxFuncFact{Callback: cb, TxArg: ti})
				}
			}
		}
	}
}

// runsInTx reports whether fd's body begins a transaction tx at its top
// level, calls the callback param with tx as its argument ti, leaves
// with an error between that call and tx's Commit, rolling tx back
// before every such return (or in a deferred Rollback), and commits tx.
func runsInTx(info *types.Info, fd *ast.FuncDecl, param *types.Var, ti int) bool {
	var tx types.Object
	var beginEnd token.Pos
	for _, st := range fd.Body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || len(as.Lhs) == 0 {
			continue
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		if _, name, ok := orm.Method(call); !ok || name != "Begin" && name != "BeginTx" && name != "Beginx" && name != "BeginTxx" && name != "Tx" {
			continue
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok && isTxType(info.TypeOf(id)) {
			tx, beginEnd = info.ObjectOf(id), st.End()
			break
		}
	}
	if tx == nil {
		return false
	}
	called, committed, deferred := token.NoPos, token.NoPos, false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			if txMethod(info, n.Call, tx) == "Rollback" {
				deferred = true
			}
		case *ast.CallExpr:
			if n.Pos() < beginEnd {
				return true
			}
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && info.Uses[id] == param && ti < len(n.Args) {
				if a, ok := ast.Unparen(n.Args[ti]).(*ast.Ident); ok && info.Uses[a] == tx && called == token.NoPos {
					called = n.Pos()
				}
			}
			if txMethod(info, n, tx) == "Commit" && committed == token.NoPos {
				committed = n.Pos()
			}
		}
		return true
	})
	if called == token.NoPos || committed == token.NoPos || committed < called {
		return false
	}
	// the callback's failure must leave before the Commit (a return of
	// an error between the two), rolled back
	leaves := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if r, ok := n.(*ast.ReturnStmt); ok && r.Pos() > called && r.Pos() < committed && returnsErr(info, r) {
			leaves = true
		}
		return !leaves
	})
	return leaves && (deferred || rolledBack(info, fd.Body, tx, called, committed))
}

// callbackTxCalls is ownTxCalls for a create function whose writes run
// in a callback given to a runner of transactions (txFunc) in a statement
// at the top level of its body: the runner's call and the callback's
// calls through its transaction.
func callbackTxCalls(pass *analysis.Pass, fd *ast.FuncDecl) []*ast.CallExpr {
	info := pass.TypesInfo
	for _, st := range fd.Body.List {
		var call *ast.CallExpr
		switch st := st.(type) {
		case *ast.ReturnStmt:
			if len(st.Results) > 0 {
				call, _ = ast.Unparen(st.Results[len(st.Results)-1]).(*ast.CallExpr)
			}
		case *ast.IfStmt:
			if as, ok := st.Init.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
				call, _ = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			}
		case *ast.AssignStmt:
			if len(st.Rhs) == 1 {
				call, _ = ast.Unparen(st.Rhs[0]).(*ast.CallExpr)
			}
		}
		if call == nil {
			continue
		}
		f := txFunc(pass, callee(info, call))
		if f == nil || f.Ctx || f.Callback >= len(call.Args) {
			continue
		}
		lit, ok := ast.Unparen(call.Args[f.Callback]).(*ast.FuncLit)
		if !ok {
			continue
		}
		var tx types.Object
		i := 0
		for _, fl := range lit.Type.Params.List {
			for _, n := range fl.Names {
				if i == f.TxArg {
					tx = info.Defs[n]
				}
				i++
			}
			if len(fl.Names) == 0 {
				i++
			}
		}
		if tx == nil {
			return nil
		}
		return callsThrough(info, call, lit.Body, tx)
	}
	return nil
}

// callsThrough returns run, the call of a runner of transactions, and
// the calls in the callback's body through its transaction tx.
func callsThrough(info *types.Info, run *ast.CallExpr, body *ast.BlockStmt, tx types.Object) []*ast.CallExpr {
	calls := []*ast.CallExpr{run}
	ast.Inspect(body, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && chainRoot(info, c) == tx {
			calls = append(calls, c)
		}
		return true
	})
	return calls
}

// Transactions carried in the context (ech0's and gin-admin's
// transactors): the runner hands its callback a context that holds the
// transaction, and the repositories take it from there:
//
//	func (t *GormTransactor) Run(ctx context.Context, fn func(ctx context.Context) error) error {
//		if ctx == nil {
//			ctx = context.Background()
//		}
//		return t.dbProvider().Transaction(func(tx *gorm.DB) error {
//			return fn(context.WithValue(ctx, TxKey, tx))
//		})
//	}
//
// GORM's Transaction runs the callback once and rolls back what it wrote
// when it returns an error, which Transaction returns. Such a runner is a
// TxFuncFact with Ctx set: its call writes nothing but what its callback
// writes.

// summarizeCtxTxFuncs exports that fact for each function of the package
// whose body is guards that write only its own variables, then
// return h.Transaction(func(tx *gorm.DB) error { ...; return fn(...) })
// on a handle h, where the callback's statements before that return
// write only its own variables and fn is a parameter of type
// func(context.Context, ...) error.
func summarizeCtxTxFuncs(pass *analysis.Pass, ef *effects) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, false) {
		if !returnsError(fn) || len(fd.Body.List) == 0 {
			continue
		}
		ret, ok := fd.Body.List[len(fd.Body.List)-1].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Transaction" || !gormorm.IsDB(info.TypeOf(sel.X)) {
			continue
		}
		lit, ok := ast.Unparen(call.Args[0]).(*ast.FuncLit)
		if !ok || len(lit.Body.List) == 0 {
			continue
		}
		inner, ok := lit.Body.List[len(lit.Body.List)-1].(*ast.ReturnStmt)
		if !ok || len(inner.Results) != 1 {
			continue
		}
		cbCall, ok := ast.Unparen(inner.Results[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		id, ok := ast.Unparen(cbCall.Fun).(*ast.Ident)
		if !ok {
			continue
		}
		sig := fn.Type().(*types.Signature)
		cb := -1
		for i := 0; i < sig.Params().Len(); i++ {
			if info.Uses[id] == sig.Params().At(i) {
				cb = i
			}
		}
		if cb < 0 {
			continue
		}
		csig := sig.Params().At(cb).Type().Underlying().(*types.Signature)
		ti := -1
		for i := 0; i < csig.Params().Len(); i++ {
			if sqlorm.IsContext(csig.Params().At(i).Type()) {
				ti = i
				break
			}
		}
		if ti < 0 || ti >= len(cbCall.Args) {
			continue
		}
		// Nothing else writes beyond the function's own variables: the
		// guards, the handle's chain, the callback's statements before
		// its return and the callback's arguments.
		pre := append(append([]ast.Stmt{}, fd.Body.List[:len(fd.Body.List)-1]...), lit.Body.List[:len(lit.Body.List)-1]...)
		nodes := []ast.Node{&ast.BlockStmt{List: pre}, sel.X}
		for _, a := range cbCall.Args {
			nodes = append(nodes, a)
		}
		clean := true
		for _, n := range nodes {
			why, ws := ef.judgeExcept(n)
			if why != "" {
				clean = false
			}
			for _, w := range ws {
				if w.obj == nil || isPkgVar(w.obj) || w.through {
					clean = false
				}
			}
		}
		if clean {
			pass.ExportObjectFact(fn, &TxFuncFact{Callback: cb, TxArg: ti, Ctx: true})
		}
	}
}
