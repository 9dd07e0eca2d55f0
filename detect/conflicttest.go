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
			if a.HandlesConflict(pass.TypesInfo, fd.Body) || callsConflictTest(pass, fd.Body) {
				pass.ExportObjectFact(fn, &ConflictTestFact{ORM: a.Name()})
				done[fn], changed = true, true
			}
		}
	}
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
