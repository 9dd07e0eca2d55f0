package detect

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// summarizeConflictTests exports a ConflictTestFact for each function of
// the package with an error parameter whose body tests for a unique
// violation; it goes round until no new function is found, so that
// helpers calling helpers of the same package are seen.
func summarizeConflictTests(pass *analysis.Pass, a orm.Adapter) {
	done := map[*types.Func]bool{}
	for changed := true; changed; {
		changed = false
		for fd, fn := range funcs(pass, false) {
			if done[fn] || !takesError(fn.Type().(*types.Signature)) {
				continue
			}
			if testsConflict(pass, a, fd.Body) && !translates(pass, a, fn, fd.Body) {
				pass.ExportObjectFact(fn, &ConflictTestFact{ORM: a.Name()})
				done[fn], changed = true, true
			}
		}
	}
}

// testsConflict reports a body that tests for a unique violation
// outside what it returns. A helper that only returns a sentinel of its
// own for one (woodpecker's wrapInsert: return
// types.ErrInsertDuplicateDetected) translates the violation for its
// callers; it does not handle it.
func testsConflict(pass *analysis.Pass, a orm.Adapter, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			// an error returned is what the callers get, not a test
			// (a bool returned is the answer of one)
			for _, r := range n.Results {
				if !isErrorType(pass.TypesInfo.TypeOf(r)) {
					found = found || a.HandlesConflict(pass.TypesInfo, r) || callsConflictTest(pass, r)
				}
			}
			return false
		case ast.Expr:
			found = found || a.HandlesConflict(pass.TypesInfo, n) || callsConflictTest(pass, n)
			return false
		}
		return !found
	})
	return found
}

// translates reports a function that answers with an error alone and,
// where it tests for a unique violation, never returns nil: it turns the
// violation into an error of its own for its callers (soft-serve's
// db.WrapError: ErrDuplicateKey), which handles nothing.
func translates(pass *analysis.Pass, a orm.Adapter, fn *types.Func, body *ast.BlockStmt) bool {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 1 || !isErrorType(res.At(0).Type()) {
		return false
	}
	handled := false
	ast.Inspect(body, func(n ast.Node) bool {
		is, ok := n.(*ast.IfStmt)
		if !ok || handled {
			return !handled
		}
		if a.HandlesConflict(pass.TypesInfo, is.Cond) || callsConflictTest(pass, is.Cond) {
			ast.Inspect(is.Body, func(n ast.Node) bool {
				if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) == 1 && isNilExpr(pass.TypesInfo, r.Results[0]) {
					handled = true
				}
				return !handled
			})
		}
		return !handled
	})
	return !handled
}

func isNilExpr(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

func takesError(sig *types.Signature) bool {
	errType := types.Universe.Lookup("error").Type()
	for i := 0; i < sig.Params().Len(); i++ {
		if types.Identical(sig.Params().At(i).Type(), errType) {
			return true
		}
	}
	return false
}

// callsConflictTest reports whether n calls a function with a
// ConflictTestFact.
func callsConflictTest(pass *analysis.Pass, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if fn, ok := orm.Callee(pass.TypesInfo, c).(*types.Func); ok {
				var f ConflictTestFact
				found = pass.ImportObjectFact(fn, &f)
			}
		}
		return !found
	})
	return found
}
