package detect

import (
	"go/ast"
	"go/token"
	"go/types"
)

// errLeaves reports whether, when the insert fails, the function hands
// an error to its caller (or panics) before it does anything else: the
// create's statement returns it, or the statements after it test it and
// return a non-nil error. A caller's transaction then ends the way it did
// before the fix whatever the savepoint rescued.
//
// When it does not (the error is logged, ignored, or kept for later while
// the function goes on), PostgreSQL used to abort a transaction the code
// runs in, and every statement after the failed insert failed; a
// savepoint would let them succeed and the transaction commit. Such a
// create gets no savepoint inside a transaction (see rewrite).
func (m *matcher) errLeaves(create *ast.CallExpr) bool {
	around := m.stmtsAround(create)
	if len(around) == 0 {
		return false
	}
	first := around[0]
	st := first.list[first.i]
	switch s := st.(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.IfStmt:
		if v := assignedErr(m.pass.TypesInfo, s.Init); v != nil && testsNonNil(m.pass.TypesInfo, s.Cond, v) {
			return m.returnsErr(s.Body)
		}
		return false
	case *ast.AssignStmt, *ast.DeclStmt:
		v := assignedErr(m.pass.TypesInfo, st)
		if v == nil {
			return false
		}
		// The statements after it, in its block and then in the blocks
		// around it, up to the function.
		for k, a := range around {
			if k > 0 && !falls(a.list[a.i], create) {
				return false // a loop goes round again, a function literal returns
			}
			for _, next := range a.list[a.i+1:] {
				if !mentions(m.pass.TypesInfo, next, v) {
					if hasCall(next) {
						return false // runs after the failed insert
					}
					continue
				}
				switch n := next.(type) {
				case *ast.ReturnStmt:
					return true
				case *ast.IfStmt:
					return testsNonNil(m.pass.TypesInfo, n.Cond, v) && n.Init == nil && m.returnsErr(n.Body)
				}
				return false
			}
		}
	}
	return false
}

// assignedErr returns the variable of type error (or *gorm.DB, whose
// Error field is then tested) the statement assigns last.
func assignedErr(info *types.Info, s ast.Stmt) *types.Var {
	var lhs []ast.Expr
	switch s := s.(type) {
	case *ast.AssignStmt:
		lhs = s.Lhs
	case *ast.DeclStmt:
		if gd, ok := s.Decl.(*ast.GenDecl); ok && len(gd.Specs) == 1 {
			if vs, ok := gd.Specs[0].(*ast.ValueSpec); ok && len(vs.Values) > 0 {
				for _, n := range vs.Names {
					lhs = append(lhs, n)
				}
			}
		}
	}
	if len(lhs) == 0 {
		return nil
	}
	id, ok := ast.Unparen(lhs[len(lhs)-1]).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := info.ObjectOf(id).(*types.Var)
	return v
}

// testsNonNil reports whether cond is `v != nil` or `v.Error != nil`,
// alone or first in a chain of &&.
func testsNonNil(info *types.Info, cond ast.Expr, v *types.Var) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	if b.Op == token.LAND {
		return testsNonNil(info, b.X, v)
	}
	if b.Op != token.NEQ || !isNil(b.Y) {
		return false
	}
	x := ast.Unparen(b.X)
	if se, ok := x.(*ast.SelectorExpr); ok && se.Sel.Name == "Error" {
		x = se.X
	}
	id, ok := x.(*ast.Ident)
	return ok && info.ObjectOf(id) == v
}

func isNil(x ast.Expr) bool { return isIdentNamed(x, "nil") }

// returnsErr reports whether the block's last statement returns a
// non-nil error (its last result is not nil) or panics.
func (m *matcher) returnsErr(b *ast.BlockStmt) bool {
	if b == nil || len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		if len(s.Results) == 0 {
			return false // naked: the named error may be nil
		}
		last := s.Results[len(s.Results)-1]
		if isNil(last) {
			return false
		}
		t := m.pass.TypesInfo.TypeOf(last)
		return t != nil && types.Identical(t, types.Universe.Lookup("error").Type()) || t != nil && types.Implements(t, types.Universe.Lookup("error").Type().Underlying().(*types.Interface))
	case *ast.ExprStmt:
		return isPanic(s)
	}
	return false
}

func mentions(info *types.Info, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && info.ObjectOf(id) == v {
			found = true
		}
		return !found
	})
	return found
}

func hasCall(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if _, ok := x.(*ast.CallExpr); ok {
			found = true
		}
		return !found
	})
	return found
}

// falls reports whether control leaves the statement s, which holds the
// create, to the statement after it when the create's block ends: not
// when s is a loop or the create is in a function literal within s.
func falls(s ast.Stmt, create ast.Node) bool {
	switch s.(type) {
	case *ast.ForStmt, *ast.RangeStmt:
		return false
	}
	ok := true
	ast.Inspect(s, func(n ast.Node) bool {
		if fl, isLit := n.(*ast.FuncLit); isLit && fl.Pos() <= create.Pos() && create.End() <= fl.End() {
			ok = false
		}
		return ok
	})
	return ok
}
