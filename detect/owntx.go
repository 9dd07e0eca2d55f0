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

// ownTxCalls returns the calls of a create function that runs its writes
// in a transaction of its own, all or nothing (miniflux's CreateUser):
//
//	tx, err := s.db.Begin()
//	if err != nil { return nil, err }
//	err = tx.QueryRow(`INSERT INTO users ...`, ...).Scan(&user.ID)
//	if err != nil { tx.Rollback(); return nil, err }
//	_, err = tx.Exec(`INSERT INTO categories ...`, user.ID)
//	if err != nil { tx.Rollback(); return nil, err }
//	return &user, tx.Commit()
//
// When it fails, it has written nothing: a caller that loses the race
// may go back to its lookup as after a single insert. The calls are the
// Begin, and every call through the transaction (its writes, Commit,
// Rollback); nil when the function does not have that form: the
// transaction begun at the top level of its body, rolled back by a
// deferred Rollback or before every return of an error after its first
// use (a return after Commit has nothing left to undo), and committed.
func ownTxCalls(pass *analysis.Pass, fd *ast.FuncDecl) (calls []*ast.CallExpr, savepoint bool) {
	info := pass.TypesInfo
	if fd.Body == nil {
		return nil, false
	}
	var tx types.Object
	var begin *ast.CallExpr
	var beginStmt ast.Stmt
	for _, st := range fd.Body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || len(as.Lhs) != 2 {
			continue
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		if _, name, ok := orm.Method(call); !ok || (name != "Begin" && name != "BeginTx" && name != "Beginx" && name != "BeginTxx") {
			continue
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok && sqlorm.IsTx(info.TypeOf(id)) {
			tx, begin, beginStmt = info.ObjectOf(id), call, st
			break
		}
	}
	if tx == nil {
		if calls := gormTxCalls(info, fd); calls != nil {
			return calls, true
		}
		return callbackTxCalls(pass, fd), false
	}
	calls = []*ast.CallExpr{begin}
	deferred, committed := false, token.NoPos
	firstUse := token.NoPos
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.DeferStmt:
			if n.Pos() > beginStmt.Pos() && txMethod(info, n.Call, tx) == "Rollback" {
				deferred = true
			}
		case *ast.CallExpr:
			if chainRoot(info, n) == tx && n.Pos() > beginStmt.End() {
				calls = append(calls, n)
				if firstUse == token.NoPos || n.Pos() < firstUse {
					firstUse = n.Pos()
				}
				if txMethod(info, n, tx) == "Commit" && committed == token.NoPos {
					committed = n.Pos()
				}
			}
		}
		return true
	})
	if committed == token.NoPos || firstUse == token.NoPos {
		return nil, false
	}
	if !deferred && !rolledBack(info, fd.Body, tx, firstUse, committed) {
		return nil, false
	}
	return calls, false
}

// rolledBack reports whether every return of an error in body, after
// the transaction's first use and before its Commit, follows a
// tx.Rollback() in its block (function literals aside).
func rolledBack(info *types.Info, body *ast.BlockStmt, tx types.Object, firstUse, committed token.Pos) bool {
	isRollback := func(e ast.Expr) bool {
		c, isCall := ast.Unparen(e).(*ast.CallExpr)
		return isCall && txMethod(info, c, tx) == "Rollback"
	}
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || !ok {
			return false
		}
		rolled := false
		for _, st := range stmtList(n) {
			switch st := st.(type) {
			case *ast.ExprStmt:
				rolled = rolled || isRollback(st.X)
			case *ast.AssignStmt:
				rolled = rolled || len(st.Rhs) == 1 && isRollback(st.Rhs[0]) // _ = tx.Rollback()
			case *ast.IfStmt:
				// if rerr := tx.Rollback(); rerr != nil { ... }
				as, ok := st.Init.(*ast.AssignStmt)
				rolled = rolled || ok && len(as.Rhs) == 1 && isRollback(as.Rhs[0])
			case *ast.ReturnStmt:
				if st.Pos() > firstUse && st.Pos() < committed && !rolled && returnsErr(info, st) {
					ok = false
				}
			}
		}
		return true
	})
	return ok
}

// txMethod returns the name of the method c calls on tx, or "".
func txMethod(info *types.Info, c *ast.CallExpr, tx types.Object) string {
	recv, name, ok := orm.Method(c)
	if !ok {
		return ""
	}
	if id, isID := ast.Unparen(recv).(*ast.Ident); isID && info.Uses[id] == tx {
		return name
	}
	return ""
}

// returnsErr reports a return whose last result is not the constant nil.
func returnsErr(info *types.Info, r *ast.ReturnStmt) bool {
	if len(r.Results) == 0 {
		return true
	}
	return !info.Types[r.Results[len(r.Results)-1]].IsNil()
}

// gormTxCalls is ownTxCalls for GORM: the function returns what
// db.Transaction(func(tx *gorm.DB) error { ... }) returns, which rolls
// back whatever the callback wrote when it fails. The calls are the
// Transaction and the callback's calls through tx; the rest of the
// function, and what else the callback does, are judged as before.
func gormTxCalls(info *types.Info, fd *ast.FuncDecl) []*ast.CallExpr {
	list := fd.Body.List
	if len(list) == 0 {
		return nil
	}
	var call *ast.CallExpr
	if st, ok := list[len(list)-1].(*ast.ReturnStmt); ok && len(st.Results) == 1 {
		call, _ = ast.Unparen(st.Results[0]).(*ast.CallExpr)
	}
	if call == nil || len(call.Args) == 0 {
		return nil
	}
	fn, ok := orm.Callee(info, call).(*types.Func)
	if !ok || fn.Name() != "Transaction" || fn.Pkg() == nil || fn.Pkg().Path() != gormorm.Path {
		return nil
	}
	lit, ok := ast.Unparen(call.Args[0]).(*ast.FuncLit)
	if !ok || len(lit.Type.Params.List) == 0 || len(lit.Type.Params.List[0].Names) == 0 {
		return nil
	}
	tx := info.Defs[lit.Type.Params.List[0].Names[0]]
	if tx == nil {
		return nil
	}
	return callsThrough(info, call, lit.Body, tx)
}
