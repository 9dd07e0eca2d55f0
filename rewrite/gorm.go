package rewrite

import (
	"errors"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/dave/dst"
	"github.com/dave/dst/dstutil"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/internal/gormorm"
)

const clausePath = gormorm.Path + "/clause"

// GORM's atomic idiom: the create gets
// Clauses(clause.OnConflict{Columns: key, DoNothing: true}), so a row that
// a concurrent caller inserted first is left alone, and the stored row is
// then read back by the unique key. An exists-then-create keeps its
// "already exists" path for the case where the insert added no row.

// gormFix is the plan for one site.
type gormFix struct {
	e       *editor
	fd      *detect.Finding
	generic bool          // gorm.G[T] API: Create returns only an error
	call    *ast.CallExpr // the create (or FirstOrCreate)
	dcall   *dst.CallExpr
	stmt    ast.Stmt // the statement holding the create, in list
	list    *[]dst.Stmt
	read    func() dst.Expr  // the re-read, nil when the record is not observable
	target  func() dst.Expr  // generics: where the re-read row goes
	found   []dst.Stmt       // exists-then-create: the already-exists path
	flagPar []func(dst.Expr) // put an expression where a `true` that records a create was
	// A 201 status after the create (return 201, ...; c.JSON(http.StatusCreated, ...)):
	statusPar     []func(dst.Expr)
	statusCreated dst.Expr // the original expression, http.StatusCreated or 201
	statusOK      dst.Expr // http.StatusOK or 200
	after         []dst.Stmt
}

func (e *editor) applyGORM(fd *detect.Finding) error {
	s := fd.Site
	fx := &gormFix{e: e, fd: fd, call: s.Create.Call}
	fx.generic = gormorm.GenericBase(s.Create.Call) != nil
	fx.dcall, _ = e.dst(fx.call).(*dst.CallExpr)
	if fx.dcall == nil {
		return errors.New("the create call was not decorated")
	}
	var err error
	if fx.stmt, fx.list, err = e.enclosing(fx.call); err != nil {
		return err
	}
	if err := fx.planRead(); err != nil {
		return err
	}
	if s.FoundExit != nil {
		if fx.generic {
			return errors.New("an exists check with the generics API needs gorm.WithResult(); rewrite by hand")
		}
		if e.refersTo(s.FoundExit, s.Binding.Err, s.Binding.Result, s.Binding.Dest) {
			return errors.New("the already-exists path uses the looked-up row or its error")
		}
		fx.found = cloneStmts(e.dst(s.FoundExit).(*dst.BlockStmt).List)
	} else if !fx.generic {
		fx.planFlags()
	}
	return fx.rewrite()
}

// refersTo reports whether n uses any of objs.
func (e *editor) refersTo(n ast.Node, objs ...types.Object) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if o := e.info().Uses[id]; o != nil {
				for _, x := range objs {
					found = found || (x != nil && o == x)
				}
			}
		}
		return !found
	})
	return found
}

// recordVar returns the variable holding the created record: x for &x,
// p for a pointer p; nil for &T{...} (the record is not observable).
func recordVar(arg ast.Expr) (ast.Expr, bool) {
	arg = ast.Unparen(arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		switch x := ast.Unparen(u.X).(type) {
		case *ast.CompositeLit:
			return nil, true
		case *ast.Ident, *ast.SelectorExpr:
			return x, true
		}
		return nil, false
	}
	switch arg.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		return arg, true
	}
	return nil, false
}

// planRead builds the re-read of the stored row by the unique key.
func (fx *gormFix) planRead() error {
	e, s := fx.e, fx.fd.Site
	rec, ok := recordVar(s.Create.Arg)
	if !ok {
		return errors.New("the created record is not a variable or a composite literal")
	}
	if rec == nil {
		return nil // &T{...}: nothing to read back into
	}
	if !pure(e.info(), rec) {
		return errors.New("the created record expression has side effects")
	}
	drec := e.dst(rec).(dst.Expr)
	where := make([]string, len(s.Unique.Columns))
	for i, c := range s.Unique.Columns {
		where[i] = c + " = ?"
	}
	cond := strings.Join(where, " AND ")
	values := func() []dst.Expr {
		out := []dst.Expr{str(cond)}
		for _, f := range s.Unique.Fields {
			out = append(out, sel(clone(drec), f))
		}
		return out
	}
	if fx.generic {
		base := gormorm.GenericBase(fx.call)
		dbase := e.dst(base).(*dst.CallExpr)
		ctx := e.dst(fx.call.Args[0]).(dst.Expr)
		nargs := len(dbase.Args) // before makeAtomic adds the conflict clause
		fx.read = func() dst.Expr {
			b := clone(dbase)
			b.Args = b.Args[:nargs]
			return call(sel(call(sel(b, "Where"), values()...), "First"), clone(ctx))
		}
		fx.target = func() dst.Expr {
			if _, isPtr := e.info().TypeOf(rec).Underlying().(*types.Pointer); isPtr {
				return &dst.StarExpr{X: clone(drec)}
			}
			return clone(drec)
		}
		return nil
	}
	readRecv, err := fx.readReceiver()
	if err != nil {
		return err
	}
	darg := e.dst(s.Create.Arg).(dst.Expr)
	fx.read = func() dst.Expr {
		return call(sel(call(sel(readRecv(), "Where"), values()...), "First"), clone(darg))
	}
	return nil
}

// readReceiver rebuilds the create's receiver chain for a read: the root
// and the steps that select a connection or table (WithContext, Session,
// Debug, Model, Table); insert-only steps (Omit, Select, Clauses) and the
// conditions of a FirstOrCreate are dropped.
func (fx *gormFix) readReceiver() (func() dst.Expr, error) {
	e := fx.e
	info := e.info()
	type step struct {
		name string
		args []dst.Expr
	}
	var steps []step
	x := fx.call.Fun.(*ast.SelectorExpr).X
	for {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		se, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok || !gormorm.IsDB(info.TypeOf(se.X)) {
			break
		}
		switch se.Sel.Name {
		case "WithContext", "Session", "Debug", "Model", "Table":
			var args []dst.Expr
			for _, a := range c.Args {
				args = append(args, e.dst(a).(dst.Expr))
			}
			steps = append(steps, step{se.Sel.Name, args})
		case "Omit", "Select", "Clauses":
		case "Where", "Attrs", "Assign", "Limit", "Order", "Unscoped":
			if fx.fd.Kind != detect.KindFirstOrCreate {
				return nil, fmt.Errorf("the create chain calls .%s", se.Sel.Name)
			}
		default:
			return nil, fmt.Errorf("the create chain calls .%s; rewrite by hand", se.Sel.Name)
		}
		x = se.X
	}
	if !pure(info, x) && !isMethodCall(info, x) {
		return nil, errors.New("the create's receiver has side effects")
	}
	root := e.dst(x).(dst.Expr)
	return func() dst.Expr {
		out := clone(root)
		for i := len(steps) - 1; i >= 0; i-- {
			var args []dst.Expr
			for _, a := range steps[i].args {
				args = append(args, clone(a))
			}
			out = call(sel(out, steps[i].name), args...)
		}
		return out
	}, nil
}

// isMethodCall allows a receiver reached through an accessor such as
// r.DB(ctx): evaluating it again for the re-read is what the caller would write.
func isMethodCall(info *types.Info, x ast.Expr) bool {
	c, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	for _, a := range c.Args {
		if !pure(info, a) {
			return false
		}
	}
	return gormorm.IsDB(info.TypeOf(c))
}

// planFlags finds `created = true` and `return ..., true, ...` after the
// create in its list: they record that this call inserted the row, which
// after the fix is the insert's RowsAffected.
func (fx *gormFix) planFlags() {
	info := fx.e.info()
	var after []ast.Stmt
	found := false
	for _, s := range fx.e.listOf(fx.stmt) {
		if found {
			after = append(after, s)
		}
		if s == fx.stmt {
			found = true
			if r, ok := s.(*ast.ReturnStmt); ok {
				after = append(after, r)
			}
		}
	}
	for i, s := range after {
		if i > 0 || s != fx.stmt {
			fx.planStatus(s)
		}
		switch s := s.(type) {
		case *ast.AssignStmt:
			if len(s.Lhs) == 1 && len(s.Rhs) == 1 && isTrue(info, s.Rhs[0]) {
				if ds, ok := fx.e.dst(s).(*dst.AssignStmt); ok {
					fx.flagPar = append(fx.flagPar, func(x dst.Expr) { ds.Rhs[0] = x })
				}
			}
		case *ast.ReturnStmt:
			ds, ok := fx.e.dst(s).(*dst.ReturnStmt)
			if !ok {
				continue
			}
			for i, r := range s.Results {
				if isTrue(info, r) {
					i := i
					fx.flagPar = append(fx.flagPar, func(x dst.Expr) { ds.Results[i] = x })
				}
			}
		}
	}
}

func onConflict(cols []string) dst.Expr {
	var elts []dst.Expr
	for _, c := range cols {
		elts = append(elts, &dst.CompositeLit{Elts: []dst.Expr{&dst.KeyValueExpr{Key: ident("Name"), Value: str(c)}}})
	}
	return &dst.CompositeLit{
		Type: &dst.Ident{Name: "OnConflict", Path: clausePath},
		Elts: []dst.Expr{
			&dst.KeyValueExpr{Key: ident("Columns"), Value: &dst.CompositeLit{Type: &dst.ArrayType{Elt: &dst.Ident{Name: "Column", Path: clausePath}}, Elts: elts}},
			&dst.KeyValueExpr{Key: ident("DoNothing"), Value: ident("true")},
		},
	}
}

// makeAtomic adds the conflict clause to the create call in place.
func (fx *gormFix) makeAtomic() {
	oc := onConflict(fx.fd.Site.Unique.Columns)
	if fx.generic {
		base := fx.e.dst(gormorm.GenericBase(fx.call)).(*dst.CallExpr)
		base.Args = append(base.Args, oc)
		return
	}
	se := fx.dcall.Fun.(*dst.SelectorExpr)
	se.X = call(sel(se.X, "Clauses"), oc)
}

// planStatus finds the constants 201 (http.StatusCreated) in s, outside
// function literals: the status this call answers for a created row.
func (fx *gormFix) planStatus(s ast.Stmt) {
	info := fx.e.info()
	ast.Inspect(s, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		e, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		tv, found := info.Types[e]
		if !found || tv.Value == nil || tv.Value.Kind() != constant.Int || tv.Value.ExactString() != "201" {
			return true
		}
		if _, isLit := e.(*ast.BasicLit); !isLit {
			if _, isSel := e.(*ast.SelectorExpr); !isSel {
				if _, isID := e.(*ast.Ident); !isID {
					return true
				}
			}
		}
		d, ok := fx.e.dst(e).(dst.Expr)
		if !ok {
			return false
		}
		if fx.statusCreated == nil {
			fx.statusCreated, fx.statusOK = clone(d), okStatus(info, e)
		}
		fx.statusPar = append(fx.statusPar, replacer(fx.e.dst(s), d))
		return false
	})
}

// okStatus is the 200 beside a 201: http.StatusOK for http.StatusCreated.
func okStatus(info *types.Info, created ast.Expr) dst.Expr {
	if se, ok := created.(*ast.SelectorExpr); ok {
		if obj := info.Uses[se.Sel]; obj != nil && obj.Pkg() != nil {
			if c, ok := obj.Pkg().Scope().Lookup("StatusOK").(*types.Const); ok && c.Val().ExactString() == "200" {
				return &dst.Ident{Name: "StatusOK", Path: obj.Pkg().Path()}
			}
		}
	}
	return &dst.BasicLit{Kind: token.INT, Value: "200"}
}

// replacer returns a function that puts x where old is, inside root.
func replacer(root dst.Node, old dst.Expr) func(dst.Expr) {
	return func(x dst.Expr) {
		dstutil.Apply(root, func(c *dstutil.Cursor) bool {
			if c.Node() == old {
				c.Replace(x)
				return false
			}
			return true
		}, nil)
	}
}
