package rewrite

import (
	"errors"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/dave/dst"

	"github.com/upsertfix/upsertfix/detect"
)

// catchFix turns a create into "create, and on a unique violation run the
// already-exists path or re-run the lookup". ent (without sql/upsert) and
// prisma-client-go (where an upsert cannot express the create) use it.
//
//	n, err = C                    n, err = C; if <unique(err)> { n, err = <lookup> }
//	return C                      node, err := C; if <unique(err)> { return <lookup> }; return node, err
//	err = C (error only)          err = C; if <unique(err)> { _, err = <lookup> }
//	return C (error only)         if err := C; !<unique(err)> { return err }; <re-read, return its error>
type catchFix struct {
	e           *editor
	fd          *detect.Finding
	call        *ast.CallExpr
	dcall       *dst.CallExpr
	stmt        ast.Stmt
	list        *[]dst.Stmt
	returnsNode bool // the create returns (node, error), not just error
	// unique tests errv for a unique violation; init may be nil.
	unique func(errv dst.Expr) (init dst.Stmt, cond dst.Expr)
	// requery re-runs the lookup: (node, error).
	requery func() dst.Expr
}

var errCatchForm = errors.New("the create statement has a form upsertfix does not rewrite; write it as `x, err = <create>` or `return <create>`")

func (c *catchFix) guard(errv dst.Expr, body []dst.Stmt) dst.Stmt {
	init, cond := c.unique(errv)
	return ifStmt(init, cond, block(body...), nil)
}

// onConflict is the already-exists path, or the re-read into node, errv.
func (c *catchFix) onConflict(node, errv dst.Expr) []dst.Stmt {
	if found := c.fd.Site.FoundExit; found != nil {
		return cloneStmts(c.e.dst(found).(*dst.BlockStmt).List)
	}
	if node == nil {
		node = ident("_")
	}
	return []dst.Stmt{assign(exprs(node, errv), "=", c.requery())}
}

func (c *catchFix) rewrite() error {
	isCall := func(x ast.Expr) bool { return ast.Unparen(x) == c.call }
	switch s := c.stmt.(type) {
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 || !isCall(s.Rhs[0]) || isBlank(s.Lhs[len(s.Lhs)-1]) {
			break
		}
		ds := c.e.dst(s).(*dst.AssignStmt)
		errv := ds.Lhs[len(ds.Lhs)-1]
		var node dst.Expr
		if len(ds.Lhs) == 2 {
			node = clone(ds.Lhs[0])
		}
		return splice(c.list, ds, ds, c.guard(clone(errv), c.onConflict(node, clone(errv))))
	case *ast.ReturnStmt:
		if len(s.Results) != 1 || !isCall(s.Results[0]) {
			break
		}
		ds := c.e.dst(s).(*dst.ReturnStmt)
		if !c.returnsNode {
			init, cond := c.unique(ident("err"))
			if init != nil {
				break
			}
			head := ifStmt(assign(exprs(ident("err")), ":=", c.dcall), &dst.UnaryExpr{Op: token.NOT, X: cond},
				block(&dst.ReturnStmt{Results: exprs(ident("err"))}), nil)
			if c.fd.Site.FoundExit != nil {
				return splice(c.list, ds, append([]dst.Stmt{head}, c.onConflict(nil, nil)...)...)
			}
			reread := ifStmt(assign(exprs(ident("_"), ident("err")), ":=", c.requery()), binary(ident("err"), "!=", ident("nil")),
				block(&dst.ReturnStmt{Results: exprs(ident("err"))}), nil)
			return splice(c.list, ds, head, reread, &dst.ReturnStmt{Results: exprs(ident("nil"))})
		}
		node := c.e.freshName("node", "created")
		onConflict := []dst.Stmt{&dst.ReturnStmt{Results: exprs(c.requery())}}
		if c.fd.Site.FoundExit != nil {
			onConflict = c.onConflict(nil, nil)
		}
		return splice(c.list, ds,
			assign(exprs(ident(node), ident("err")), ":=", c.dcall),
			c.guard(ident("err"), onConflict),
			&dst.ReturnStmt{Results: exprs(ident(node), ident("err"))})
	}
	return errCatchForm
}

// recordsCreate reports a `x = true` or `return ..., true, ...` after stmt
// in its list: the code records whether this call created the row.
func (e *editor) recordsCreate(stmt ast.Stmt) bool {
	info := e.info()
	after := false
	for _, s := range e.listOf(stmt) {
		if s == stmt {
			after = true
			continue
		}
		if !after {
			continue
		}
		switch s := s.(type) {
		case *ast.AssignStmt:
			if len(s.Rhs) == 1 && isTrue(info, s.Rhs[0]) {
				return true
			}
		case *ast.ReturnStmt:
			for _, r := range s.Results {
				if isTrue(info, r) {
					return true
				}
			}
		}
		if hasCreatedStatus(info, s) {
			return true
		}
	}
	return false
}

// hasCreatedStatus reports a constant 201 (http.StatusCreated) in s.
func hasCreatedStatus(info *types.Info, s ast.Stmt) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok {
			if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Int && tv.Value.ExactString() == "201" {
				found = true
			}
		}
		return !found
	})
	return found
}
