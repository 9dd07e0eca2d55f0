package rewrite

import (
	"errors"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/dave/dst"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/internal/entorm"
)

// ent's atomic idioms (ORM-FACTS §2b). With the sql/upsert feature:
//
//	id, err := client.User.Create().SetEmail(e).OnConflictColumns(user.FieldEmail).Ignore().ID(ctx)
//	u, err = client.User.Get(ctx, id)
//
// Ignore, not DoNothing: DoNothing returns sql.ErrNoRows on PostgreSQL and
// SQLite when the row exists. Without the feature, outside a transaction:
// create, and on a unique violation re-run the original query.

const sqlgraphPath = "entgo.io/ent/dialect/sql/sqlgraph"

var errEntForm = errors.New("the create statement has a form upsertfix does not rewrite for ent; write it as `u, err = client.X.Create()...Save(ctx)` or `return client.X.Create()...Save(ctx)`")

type entFix struct {
	e      *editor
	fd     *detect.Finding
	call   *ast.CallExpr // X.Save(ctx), X.SaveX(ctx), X.Exec(ctx), X.ExecX(ctx)
	dcall  *dst.CallExpr
	stmt   ast.Stmt
	list   *[]dst.Stmt
	client dst.Expr // client.User (for Get)
	ctx    dst.Expr
	upsert bool
}

func (e *editor) applyEnt(fd *detect.Finding) error {
	s := fd.Site
	fx := &entFix{e: e, fd: fd, call: s.Create.Call}
	fx.dcall, _ = e.dst(fx.call).(*dst.CallExpr)
	if fx.dcall == nil || len(fx.call.Args) != 1 {
		return errors.New("the create call was not decorated")
	}
	var err error
	if fx.stmt, fx.list, err = e.enclosing(fx.call); err != nil {
		return err
	}
	recv := fx.call.Fun.(*ast.SelectorExpr).X
	fx.upsert = entorm.HasUpsert(e.info().TypeOf(recv)) && s.FoundExit == nil
	fx.ctx = e.dst(fx.call.Args[0]).(dst.Expr)
	// client.User in client.User.Create().SetX(...)...
	for x := recv; ; {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return errors.New("the create builder does not start from a client's Create()")
		}
		se := c.Fun.(*ast.SelectorExpr)
		if se.Sel.Name == "Create" && len(c.Args) == 0 {
			fx.client = e.dst(se.X).(dst.Expr)
			break
		}
		x = se.X
	}
	if s.FoundExit != nil && e.refersTo(s.FoundExit, s.Binding.Err, s.Binding.Dest, s.Binding.Count) {
		return errors.New("the already-exists path uses the looked-up row or its error")
	}
	if e.recordsCreate(fx.stmt) {
		return errors.New("the code records whether this call created the row, which ent's upsert does not report; rewrite by hand")
	}
	if fx.upsert {
		return fx.rewriteUpsert()
	}
	return fx.rewriteCatch()
}

func qualified(q string) dst.Expr {
	i := strings.LastIndex(q, ".")
	return &dst.Ident{Name: q[i+1:], Path: q[:i]}
}

// atomic returns X.OnConflictColumns(<key>).Ignore().<finish>(ctx), moving X.
func (fx *entFix) atomic(finish string) (dst.Expr, error) {
	var cols []dst.Expr
	for _, f := range fx.fd.Site.Unique.Fields {
		if f == "" {
			return nil, errors.New("no generated field constant for a key column")
		}
		cols = append(cols, qualified(f))
	}
	x := fx.dcall.Fun.(*dst.SelectorExpr).X
	return call(sel(call(sel(call(sel(x, "OnConflictColumns"), cols...), "Ignore")), finish), clone(fx.ctx)), nil
}

func (fx *entFix) get(method string, id dst.Expr) dst.Expr {
	return call(sel(clone(fx.client), method), clone(fx.ctx), id)
}

func (fx *entFix) isCall(x ast.Expr) bool { return ast.Unparen(x) == fx.call }

func isBlank(x ast.Expr) bool { return isIdent(x, "_") }

// typeExpr renders t (a pointer to a named type) for a var declaration.
func typeExpr(t types.Type) dst.Expr {
	switch t := types.Unalias(t).(type) {
	case *types.Pointer:
		if x := typeExpr(t.Elem()); x != nil {
			return &dst.StarExpr{X: x}
		}
	case *types.Named:
		if t.Obj().Pkg() != nil && t.TypeArgs().Len() == 0 {
			return &dst.Ident{Name: t.Obj().Name(), Path: t.Obj().Pkg().Path()}
		}
	}
	return nil
}

func (fx *entFix) rewriteUpsert() error {
	method := fx.fd.Site.Create.Method
	info := fx.e.info()
	// SaveX, Exec and ExecX are single expressions: replace the call.
	switch method {
	case "Exec", "ExecX":
		c, err := fx.atomic(method)
		if err != nil {
			return err
		}
		return fx.replaceCall(c)
	case "SaveX":
		if es, ok := fx.stmt.(*ast.ExprStmt); ok && fx.isCall(es.X) {
			c, err := fx.atomic("ExecX")
			if err != nil {
				return err
			}
			return fx.replaceCall(c)
		}
		c, err := fx.atomic("IDX")
		if err != nil {
			return err
		}
		return fx.replaceCall(fx.get("GetX", c))
	}
	// Save: (node, error).
	switch s := fx.stmt.(type) {
	case *ast.ExprStmt:
		if fx.isCall(s.X) {
			c, err := fx.atomic("Exec")
			if err != nil {
				return err
			}
			return fx.replaceCall(c)
		}
	case *ast.AssignStmt:
		if len(s.Lhs) != 2 || len(s.Rhs) != 1 || !fx.isCall(s.Rhs[0]) || isBlank(s.Lhs[1]) {
			break
		}
		ds := fx.e.dst(s).(*dst.AssignStmt)
		n, errv := ds.Lhs[0], ds.Lhs[1]
		id := fx.e.freshName("id", "newID")
		c, err := fx.atomic("ID")
		if err != nil {
			return err
		}
		if s.Tok == token.DEFINE {
			stmts := []dst.Stmt{assign(exprs(ident(id), clone(errv)), ":=", c)}
			if !isBlank(s.Lhs[0]) {
				t := typeExpr(info.TypeOf(s.Lhs[0]))
				if t == nil {
					return errEntForm
				}
				stmts = append(stmts, &dst.DeclStmt{Decl: &dst.GenDecl{Tok: token.VAR, Specs: []dst.Spec{
					&dst.ValueSpec{Names: []*dst.Ident{ident(n.(*dst.Ident).Name)}, Type: t}}}})
			}
			stmts = append(stmts, ifStmt(nil, binary(clone(errv), "==", ident("nil")),
				block(assign(exprs(clone(n), clone(errv)), "=", fx.get("Get", ident(id)))), nil))
			return splice(fx.list, ds, stmts...)
		}
		cerr := fx.e.freshName("createErr", "cerr")
		var onErr dst.Stmt = assign(exprs(clone(errv)), "=", ident(cerr))
		if !isBlank(s.Lhs[0]) {
			onErr = assign(exprs(clone(n), clone(errv)), "=", ident("nil"), ident(cerr))
		}
		st := ifStmt(assign(exprs(ident(id), ident(cerr)), ":=", c), binary(ident(cerr), "!=", ident("nil")),
			block(onErr), block(assign(exprs(n, errv), "=", fx.get("Get", ident(id)))))
		return splice(fx.list, ds, st)
	case *ast.ReturnStmt:
		if len(s.Results) != 1 || !fx.isCall(s.Results[0]) {
			break
		}
		ds := fx.e.dst(s).(*dst.ReturnStmt)
		id, errName := fx.e.freshName("id", "newID"), "err"
		c, err := fx.atomic("ID")
		if err != nil {
			return err
		}
		return splice(fx.list, ds,
			assign(exprs(ident(id), ident(errName)), ":=", c),
			ifStmt(nil, binary(ident(errName), "!=", ident("nil")), block(&dst.ReturnStmt{Results: exprs(ident("nil"), ident(errName))}), nil),
			&dst.ReturnStmt{Results: exprs(fx.get("Get", ident(id)))})
	}
	return errEntForm
}

// replaceCall puts x where the create call was.
func (fx *entFix) replaceCall(x dst.Expr) error {
	replaced := false
	dst.Inspect(fx.e.dst(fx.stmt), func(n dst.Node) bool {
		if replaced {
			return false
		}
		switch n := n.(type) {
		case *dst.ExprStmt:
			if n.X == fx.dcall {
				n.X, replaced = x, true
			}
		case *dst.AssignStmt:
			for i, r := range n.Rhs {
				if r == fx.dcall {
					n.Rhs[i], replaced = x, true
				}
			}
		case *dst.ReturnStmt:
			for i, r := range n.Results {
				if r == fx.dcall {
					n.Results[i], replaced = x, true
				}
			}
		}
		return true
	})
	if !replaced {
		return errEntForm
	}
	return nil
}

// requery re-runs the original lookup as Only(ctx): (node, error).
func (fx *entFix) requery() dst.Expr {
	l := fx.fd.Site.Lookup.Call
	se := l.Fun.(*ast.SelectorExpr)
	if se.Sel.Name == "Only" || se.Sel.Name == "First" {
		return clone(fx.e.dst(l).(dst.Expr))
	}
	return call(sel(clone(fx.e.dst(se.X).(dst.Expr)), "Only"), clone(fx.e.dst(l.Args[0]).(dst.Expr)))
}

func isUnique(errv dst.Expr) dst.Expr {
	return call(&dst.Ident{Name: "IsUniqueConstraintError", Path: sqlgraphPath}, errv)
}

func (fx *entFix) rewriteCatch() error {
	switch fx.fd.Site.Create.Method {
	case "SaveX", "ExecX":
		return errors.New(fx.fd.Site.Create.Method + " panics on a unique violation, so it cannot be caught; use Save or Exec, or enable ent's sql/upsert feature")
	}
	c := &catchFix{
		e: fx.e, fd: fx.fd, call: fx.call, dcall: fx.dcall, stmt: fx.stmt, list: fx.list,
		returnsNode: fx.fd.Site.Create.Method == "Save",
		unique:      func(errv dst.Expr) (dst.Stmt, dst.Expr) { return nil, isUnique(errv) },
		requery:     fx.requery,
	}
	return c.rewrite()
}
