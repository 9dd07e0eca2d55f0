package detect

import (
	"go/ast"
	"go/types"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// A helper that checks its preconditions, then looks a row up and
// returns it, nil when missing, beside other values (gotosocial's
// getFaveableStatus: the status to fave, and the fave if there is one):
//
//	target, errWithCode := p.getVisibleTargetStatus(ctx, requester, targetID)
//	if errWithCode != nil {
//		return nil, nil, errWithCode
//	}
//	fave, err := p.state.DB.GetStatusFave(ctx, requester.ID, target.ID)
//	if err != nil && !errors.Is(err, db.ErrNoEntries) {
//		return nil, nil, gtserror.NewErrorInternalError(err)
//	}
//	return target, fave, nil
//
// For its callers it is a lookup of the fave, nil when not found; its
// error (of any type that is an error) reports the other failures.

// targetResults returns the models of the pointer results of fn when it
// has two results or more, the last an error of any type (an interface
// implementing error, such as gtserror.WithCode).
func targetResults(fn *types.Func) []*types.Named {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() < 2 || !types.Implements(res.At(res.Len()-1).Type(), errorType) {
		return nil
	}
	var out []*types.Named
	for i := 0; i < res.Len()-1; i++ {
		if _, ok := types.Unalias(res.At(i).Type()).(*types.Pointer); ok {
			if n := orm.StructOf(res.At(i).Type()); n != nil {
				out = append(out, n)
			}
		}
	}
	return out
}

// targetLookup summarizes such a helper: its last three statements are
// the lookup's assignment, an if that leaves on its failures only, and a
// return of the row with a nil error. What comes before may not create.
func (m *matcher) targetLookup(fd *ast.FuncDecl, fn *types.Func) *LookupFact {
	info := m.pass.TypesInfo
	models := targetResults(fn)
	list := fd.Body.List
	n := len(list)
	if len(models) == 0 || n < 3 {
		return nil
	}
	as, ok := list[n-3].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	l := m.lookup(call)
	if l == nil || l.Kind != orm.ErrLookup || l.Updates {
		return nil
	}
	x, errV := info.ObjectOf(identOf(as.Lhs[0])), info.ObjectOf(identOf(as.Lhs[1]))
	xv, _ := x.(*types.Var)
	if xv == nil || errV == nil || !sameModel(orm.StructOf(xv.Type()), l.Model) {
		return nil
	}
	is, ok := list[n-2].(*ast.IfStmt)
	if !ok || !exits(is) {
		return nil
	}
	w := &walker{m: m, b: &orm.Binding{Lookup: l, Dest: xv, Err: errV}}
	if t, _ := w.cond(is.Cond); t == 0 || t&(orm.Found|orm.NotFound) != 0 {
		return nil // the if must leave on failures only
	}
	ret, ok := list[n-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != fn.Type().(*types.Signature).Results().Len() || !info.Types[ret.Results[len(ret.Results)-1]].IsNil() {
		return nil
	}
	returned := false
	for _, r := range ret.Results {
		returned = returned || info.ObjectOf(identOf(r)) == x
	}
	if !returned || m.createsIn(list[:n-3]) {
		return nil
	}
	return &LookupFact{ORM: m.a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, NilOnNotFound: true}
}

// createsIn reports a create, direct or through a summarized function,
// in stmts.
func (m *matcher) createsIn(stmts []ast.Stmt) bool {
	found := false
	for _, st := range stmts {
		ast.Inspect(st, func(x ast.Node) bool {
			if call, ok := x.(*ast.CallExpr); ok && !found {
				var cf CreateFact
				g := callee(m.pass.TypesInfo, call)
				found = m.ormCreate(call) != nil || g != nil && m.pass.ImportObjectFact(g, &cf)
			}
			return !found
		})
	}
	return found
}
