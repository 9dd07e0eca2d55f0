package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// choiceTaken returns, of a lookup chosen one of two ways, the one the
// create is reached after: the create comes after a guard that leaves
// when the other way was taken (pufferpanel's invite):
//
//	if email != "" {
//		user, err = us.GetByEmail(email)
//	} else {
//		user, err = us.Get(username)
//	}
//	if errors.Is(err, gorm.ErrRecordNotFound) {
//		if email == "" {
//			return http.StatusBadRequest, err
//		}
//		... us.Create(user)
//
// The guard's condition is the choice's, or its negation, written the
// same way, over variables the function does not assign after the
// choice (nor take the address of), so that going back to the choice
// takes the same way again. nil when there is no such guard.
func (m *matcher) choiceTaken(s *Site, c *orm.Choice) *orm.Lookup {
	fn := m.funcOf(c.If.Pos())
	if fn == nil || !m.stableAfter(fn, c.If.Cond, c.If.End()) {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(m.file, s.Create.Call.Pos(), s.Create.Call.End())
	for i := 0; i+1 < len(path); i++ {
		st, ok := path[i].(ast.Stmt)
		if !ok {
			continue
		}
		list := stmtList(path[i+1])
		for _, prev := range list {
			if prev == st {
				break
			}
			g, ok := prev.(*ast.IfStmt)
			if !ok || g.Init != nil || g.Else != nil || g.Pos() < c.If.End() || len(g.Body.List) == 0 || !leaves(g.Body.List[len(g.Body.List)-1]) {
				continue
			}
			switch {
			case negates(g.Cond, c.If.Cond):
				return c.Then
			case types.ExprString(ast.Unparen(g.Cond)) == types.ExprString(ast.Unparen(c.If.Cond)):
				return c.Else
			}
		}
	}
	return nil
}

// leaves reports whether s leaves the enclosing code: a return, a
// panic, a goto, break or continue.
func leaves(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return true
	}
	return isPanic(s)
}

// negates reports whether a is the negation of b as written: x == y of
// x != y, !x of x, and the reverse.
func negates(a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		return types.ExprString(ast.Unparen(u.X)) == types.ExprString(b)
	}
	if u, ok := b.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		return types.ExprString(ast.Unparen(u.X)) == types.ExprString(a)
	}
	ba, ok1 := a.(*ast.BinaryExpr)
	bb, ok2 := b.(*ast.BinaryExpr)
	if !ok1 || !ok2 || types.ExprString(ba.X) != types.ExprString(bb.X) || types.ExprString(ba.Y) != types.ExprString(bb.Y) {
		return false
	}
	return ba.Op == token.EQL && bb.Op == token.NEQ || ba.Op == token.NEQ && bb.Op == token.EQL
}

// stableAfter reports whether cond reads only local variables and
// parameters of fn (and constants) that fn neither assigns after pos nor
// takes the address of, and calls nothing.
func (m *matcher) stableAfter(fn ast.Node, cond ast.Expr, pos token.Pos) bool {
	info := m.pass.TypesInfo
	vars := map[types.Object]bool{}
	ok := true
	ast.Inspect(cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			ok = false
		case *ast.Ident:
			switch o := info.Uses[n].(type) {
			case *types.Var:
				if o.IsField() || isPkgVar(o) {
					ok = false
				}
				vars[o] = true
			case *types.Const, *types.Nil, nil:
			default:
				ok = false
			}
		}
		return ok
	})
	if !ok {
		return false
	}
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Pos() < pos {
				return true
			}
			for _, l := range n.Lhs {
				if id, isID := ast.Unparen(l).(*ast.Ident); isID && vars[info.ObjectOf(id)] {
					ok = false
				}
			}
		case *ast.IncDecStmt:
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && vars[info.ObjectOf(id)] && n.Pos() > pos {
				ok = false
			}
		case *ast.UnaryExpr:
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && n.Op == token.AND && vars[info.ObjectOf(id)] {
				ok = false
			}
		}
		return ok
	})
	return ok
}
