package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Conflicts retried by the callers. A get-or-create whose insert's unique
// violation the function answers with an error of the package's own
// (webook's credit upsert: if isMySQLUniqueIndexError(res.Error) { return
// fmt.Errorf("%w", ErrCreateCreditConflict) }), called only from loops
// that run it in a transaction and go round again on that error
// (for { err := db.Transaction(func(tx) error { return g.upsert(tx, l)
// }); if errors.Is(err, ErrCreateCreditConflict) { continue }; return err
// }), already does what the fix would: the loser's transaction rolls
// back, and the next round's lookup finds the winner's row, as the serial
// run does. Such a site is not reported.

// callerRetried leaves out of findings those whose conflict the package's
// callers retry so.
func callerRetried(pass *analysis.Pass, findings []*Finding) []*Finding {
	return slices.DeleteFunc(findings, func(fd *Finding) bool {
		s := fd.Site
		if s == nil || s.Create == nil || s.Create.Via != "" {
			return false
		}
		d := enclosingDecl(pass, s.Create.Call.Pos())
		if d == nil {
			return false
		}
		fn, ok := pass.TypesInfo.Defs[d.Name].(*types.Func)
		if !ok || fn.Exported() {
			return false // callers in other packages may not retry
		}
		x := conflictSentinel(pass, s, d)
		return x != nil && retriedByCallers(pass, fn, x)
	})
}

// conflictSentinel returns the package's error variable that d returns,
// as it is or wrapped with %w, where it tests the insert's error of s for
// a unique violation; nil when it does not.
func conflictSentinel(pass *analysis.Pass, s *Site, d *ast.FuncDecl) *types.Var {
	info := pass.TypesInfo
	var x *types.Var
	ast.Inspect(d.Body, func(n ast.Node) bool {
		is, ok := n.(*ast.IfStmt)
		if !ok || x != nil || is.Pos() < s.Create.Call.End() {
			return x == nil
		}
		if !s.Adapter.HandlesConflict(info, is.Cond) && !callsConflictTest(pass, is.Cond) {
			return true
		}
		if len(is.Body.List) == 0 {
			return false
		}
		r, ok := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt)
		if !ok || len(r.Results) == 0 {
			return false
		}
		ast.Inspect(r.Results[len(r.Results)-1], func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && x == nil {
				if v, ok := info.Uses[id].(*types.Var); ok && isPkgVar(v) && v.Pkg() == pass.Pkg && isErrorType(v.Type()) {
					x = v
				}
			}
			return x == nil
		})
		return false
	})
	return x
}

// retriedByCallers reports whether every call of fn in the package (one
// at least) runs in a transaction's callback (GORM's Transaction, or a
// runner with a TxFuncFact) inside a for loop that goes round again when
// errors.Is(err, x).
func retriedByCallers(pass *analysis.Pass, fn *types.Func, x *types.Var) bool {
	calls := 0
	ok := true
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, isCall := n.(*ast.CallExpr)
			if !isCall || callee(pass.TypesInfo, call) != fn {
				return ok
			}
			calls++
			path, _ := astutil.PathEnclosingInterval(f, call.Pos(), call.End())
			ok = ok && inTxCallback(pass, path) && retryLoop(pass, path, x)
			return ok
		})
	}
	return ok && calls > 0
}

// inTxCallback reports whether path (innermost first) passes through a
// function literal given to a transaction runner.
func inTxCallback(pass *analysis.Pass, path []ast.Node) bool {
	for i, n := range path {
		if _, lit := n.(*ast.FuncLit); !lit || i+1 >= len(path) {
			continue
		}
		call, ok := path[i+1].(*ast.CallExpr)
		if !ok {
			continue
		}
		if gormTransaction(pass.TypesInfo, call) || txFunc(pass, callee(pass.TypesInfo, call)) != nil {
			return true
		}
	}
	return false
}

// retryLoop reports whether path (innermost first) passes through a for
// loop whose body holds if errors.Is(err, x) ... { continue }.
func retryLoop(pass *analysis.Pass, path []ast.Node, x *types.Var) bool {
	for _, n := range path {
		if _, isDecl := n.(*ast.FuncDecl); isDecl {
			return false
		}
		loop, ok := n.(*ast.ForStmt)
		if !ok {
			continue
		}
		found := false
		ast.Inspect(loop.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
				return n == nil
			case *ast.IfStmt:
				if testsErrIs(pass.TypesInfo, n.Cond, x) && len(n.Body.List) > 0 {
					if b, ok := n.Body.List[len(n.Body.List)-1].(*ast.BranchStmt); ok && b.Tok == token.CONTINUE && b.Label == nil {
						found = true
					}
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// testsErrIs reports whether cond holds errors.Is(_, x), alone or in an
// || of such tests.
func testsErrIs(info *types.Info, cond ast.Expr, x *types.Var) bool {
	switch c := ast.Unparen(cond).(type) {
	case *ast.BinaryExpr:
		return c.Op == token.LOR && (testsErrIs(info, c.X, x) || testsErrIs(info, c.Y, x))
	case *ast.CallExpr:
		return orm.IsErrorsIs(info, c) && info.Uses[identOf(c.Args[1])] == x
	}
	return false
}
