package detect

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// Session runners. A store often runs its query in a callback it hands
// to a helper that opens a session (or reuses the context's) and
// returns the callback's error (grafana's WithDbSession):
//
//	var prefs Preference
//	err := s.db.WithDbSession(ctx, func(sess *DBSession) error {
//		exist, err := sess.Where("org_id = ?", orgID).Get(&prefs)
//		if err != nil {
//			return err
//		}
//		if !exist {
//			return ErrPrefNotFound
//		}
//		return nil
//	})
//	if err != nil {
//		return nil, err
//	}
//	return &prefs, nil
//
// The callback's lookup is the function's: its error (or sentinel) comes
// back as the runner's (runnerLit). A runner is summarized as a
// RunnerFact: a function whose last statement returns its callback
// parameter's call, or another runner's given that callback, and which
// uses the callback nowhere else. Its earlier returns are not read:
// what they give (a set-up that failed, a session it could not open) is
// the runner's own, not the callback's.

// RunnerFact marks a function that returns the error of the callback it
// is given, called once at its end (earlier returns are its own).
type RunnerFact struct {
	Callback int // index of the callback among the parameters
}

func (*RunnerFact) AFact() {}

func (f *RunnerFact) String() string {
	return fmt.Sprintf("returns the error of parameter %d, called once", f.Callback)
}

func (f *RunnerFact) ormModel() string { return fmt.Sprint(*f) }

// summarizeRunners exports the package's RunnerFacts, again while a
// round finds more (a runner that forwards to one declared below it).
func summarizeRunners(pass *analysis.Pass) {
	for range 4 {
		if !summarizeRunnersOnce(pass) {
			return
		}
	}
}

// summarizeRunnersOnce exports the RunnerFacts it can, and reports
// whether it exported one the package did not have.
func summarizeRunnersOnce(pass *analysis.Pass) bool {
	info := pass.TypesInfo
	more := false
	for fd, fn := range funcs(pass, false) {
		if pass.ImportObjectFact(fn, new(RunnerFact)) {
			continue
		}
		if !returnsError(fn) || fn.Type().(*types.Signature).Results().Len() != 1 || len(fd.Body.List) == 0 {
			continue
		}
		params := paramVars(info, fd)
		last, ok := fd.Body.List[len(fd.Body.List)-1].(*ast.ReturnStmt)
		if !ok || len(last.Results) != 1 {
			continue
		}
		call, ok := ast.Unparen(last.Results[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		cb := -1
		if v, ok := info.Uses[identOf(call.Fun)].(*types.Var); ok {
			cb = slices.Index(params, v) // return callback(sess)
		} else if f := runnerOf(pass, call); f != nil && f.Callback < len(call.Args) {
			if v, ok := info.Uses[identOf(call.Args[f.Callback])].(*types.Var); ok {
				cb = slices.Index(params, v) // return ss.withDbSession(ctx, e, callback)
			}
		}
		if cb < 0 || calledElsewhere(info, fd.Body, params[cb], call) {
			continue
		}
		pass.ExportObjectFact(fn, &RunnerFact{Callback: cb})
		more = true
	}
	return more
}

// calledElsewhere reports whether body uses the callback v other than in
// the call last (called twice, stored, handed on).
func calledElsewhere(info *types.Info, body *ast.BlockStmt, v *types.Var, last *ast.CallExpr) bool {
	other := false
	ast.Inspect(body, func(n ast.Node) bool {
		if n == ast.Node(last) {
			for _, a := range last.Args {
				ast.Inspect(a, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v && ast.Expr(id) != ast.Unparen(a) {
						other = true
					}
					return !other
				})
			}
			return false
		}
		if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
			other = true
		}
		return !other
	})
	return other
}

// runnerOf returns the RunnerFact of call's callee, or nil.
func runnerOf(pass *analysis.Pass, call *ast.CallExpr) *RunnerFact {
	fn := callee(pass.TypesInfo, call)
	var f RunnerFact
	if fn == nil || !pass.ImportObjectFact(fn, &f) {
		return nil
	}
	return &f
}

// runnerLits returns the function literals of body handed to runners as
// their callback, each with the runner's call.
func runnerLits(pass *analysis.Pass, body *ast.BlockStmt) map[*ast.FuncLit]*ast.CallExpr {
	var lits map[*ast.FuncLit]*ast.CallExpr
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if f := runnerOf(pass, call); f != nil && f.Callback < len(call.Args) {
			if lit, ok := ast.Unparen(call.Args[f.Callback]).(*ast.FuncLit); ok {
				if lits == nil {
					lits = map[*ast.FuncLit]*ast.CallExpr{}
				}
				lits[lit] = call
			}
		}
		return true
	})
	return lits
}

// runnerLit returns the literal handed to a runner in body that holds
// call, and the runner's call; nil when call is not in one.
func runnerLit(pass *analysis.Pass, body *ast.BlockStmt, call *ast.CallExpr) (*ast.FuncLit, *ast.CallExpr) {
	for lit, run := range runnerLits(pass, body) {
		if lit.Pos() <= call.Pos() && call.End() <= lit.End() {
			return lit, run
		}
	}
	return nil, nil
}
