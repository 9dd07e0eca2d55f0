package rewrite

import (
	"errors"
	"go/ast"
	"go/token"

	"github.com/dave/dst"
)

// The statement forms a create can sit in, and how each becomes atomic.
// C is the create call, C' the same call with the conflict clause, R the
// re-read of the stored row.
//
//	err = C.Error                 err = C'.Error; if err == nil { err = R.Error }
//	if err := C.Error; err != nil { A }
//	                              if err := C'.Error; err != nil { A } else if err = R.Error; err != nil { A }
//	return x, C.Error             if err := C'.Error; err != nil { return x, err }
//	                              if err := R.Error; err != nil { return x, err }; return x, nil
//	C                             if C'.Error == nil { R }
//	res := C                      res := C'; if res.Error == nil { res.AddError(R.Error) }
//
// When the code records whether it created the row, or keeps an
// "already exists" error, the insert's result is kept in a variable first
// (res := C') and its RowsAffected carries that information.

var errForm = errors.New("the create statement has a form upsertfix does not rewrite; write it as `err = db.Create(&x).Error` or `if err := db.Create(&x).Error; err != nil { ... }`")

func zero() dst.Expr { return &dst.BasicLit{Kind: token.INT, Value: "0"} }

func (fx *gormFix) rewrite() error {
	info := fx.e.info()
	c := fx.call
	errOf := func(x ast.Expr) bool {
		if fx.generic {
			return ast.Unparen(x) == c
		}
		se, ok := ast.Unparen(x).(*ast.SelectorExpr)
		return ok && se.Sel.Name == "Error" && ast.Unparen(se.X) == c
	}
	switch s := fx.stmt.(type) {
	case *ast.AssignStmt:
		if len(s.Lhs) != 1 || len(s.Rhs) != 1 || !pure(info, s.Lhs[0]) {
			break
		}
		ds := fx.e.dst(s).(*dst.AssignStmt)
		if errOf(s.Rhs[0]) {
			return fx.assignErr(ds)
		}
		if !fx.generic && ast.Unparen(s.Rhs[0]) == c {
			return fx.assignResult(ds)
		}
	case *ast.IfStmt:
		as, ok := s.Init.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || !errOf(as.Rhs[0]) {
			break
		}
		v, ok := as.Lhs[0].(*ast.Ident)
		cond, ok2 := ast.Unparen(s.Cond).(*ast.BinaryExpr)
		if !ok || !ok2 || cond.Op != token.NEQ || !isIdent(cond.X, v.Name) || !isIdent(cond.Y, "nil") {
			break
		}
		return fx.ifErr(fx.e.dst(s).(*dst.IfStmt))
	case *ast.ReturnStmt:
		n := len(s.Results)
		if fx.generic || n == 0 || !errOf(s.Results[n-1]) {
			break
		}
		for _, r := range s.Results[:n-1] {
			if !pure(info, r) {
				return errors.New("the return statement evaluates calls before the create; rewrite by hand")
			}
		}
		return fx.returnErr(s, fx.e.dst(s).(*dst.ReturnStmt))
	case *ast.ExprStmt:
		if ast.Unparen(s.X) == c {
			return fx.exprStmt(fx.e.dst(s).(*dst.ExprStmt))
		}
	}
	return errForm
}

func isIdent(x ast.Expr, name string) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && id.Name == name
}

func (fx *gormFix) needRes() bool {
	return fx.found != nil || len(fx.flagPar) > 0 || len(fx.statusPar) > 0
}

// hoist moves C' into `res := C'` and returns res's name and that statement.
func (fx *gormFix) hoist() (string, dst.Stmt) {
	fx.makeAtomic()
	res := fx.e.freshName("res", "result")
	fx.recordCreate(ident(res))
	return res, assign(exprs(ident(res)), ":=", fx.dcall)
}

// recordCreate makes what recorded "this call created the row" follow the
// insert's RowsAffected (res): `created = true` becomes
// `created = res.RowsAffected > 0`, and a 201 status becomes a variable
// that is 201 only when the insert added the row.
func (fx *gormFix) recordCreate(res dst.Expr) {
	for _, set := range fx.flagPar {
		set(binary(sel(clone(res), "RowsAffected"), ">", zero()))
	}
	if len(fx.statusPar) == 0 {
		return
	}
	status := fx.e.freshName("status", "createdStatus")
	for _, set := range fx.statusPar {
		set(ident(status))
	}
	fx.after = []dst.Stmt{
		assign(exprs(ident(status)), ":=", fx.statusOK),
		ifStmt(nil, binary(sel(clone(res), "RowsAffected"), ">", zero()),
			block(assign(exprs(ident(status)), "=", fx.statusCreated)), nil),
	}
}

// splice replaces ds by stmts, followed by the created-status statements.
func (fx *gormFix) splice(ds dst.Stmt, stmts ...dst.Stmt) error {
	return splice(fx.list, ds, append(stmts, fx.after...)...)
}

// readInto assigns the re-read to lhs (the error variable).
func (fx *gormFix) readInto(lhs dst.Expr, op string) dst.Stmt {
	if fx.generic {
		return assign(exprs(fx.target(), lhs), op, fx.read())
	}
	return assign(exprs(lhs), op, sel(fx.read(), "Error"))
}

// existsGuard is `if <ok> && res.RowsAffected == 0 { <already exists> }`.
func (fx *gormFix) existsGuard(init dst.Stmt, ok dst.Expr, res string) dst.Stmt {
	return ifStmt(init, binary(ok, "&&", binary(sel(ident(res), "RowsAffected"), "==", zero())), block(fx.found...), nil)
}

// err = C.Error
func (fx *gormFix) assignErr(ds *dst.AssignStmt) error {
	lhs := ds.Lhs[0]
	stmts := []dst.Stmt{ds}
	res := ""
	if fx.needRes() {
		var pre dst.Stmt
		res, pre = fx.hoist()
		ds.Rhs[0] = sel(ident(res), "Error")
		stmts = []dst.Stmt{pre, ds}
	} else {
		fx.makeAtomic()
	}
	switch {
	case fx.found != nil:
		stmts = append(stmts, fx.existsGuard(nil, binary(clone(lhs), "==", ident("nil")), res))
	case fx.read != nil:
		stmts = append(stmts, ifStmt(nil, binary(clone(lhs), "==", ident("nil")), block(fx.readInto(clone(lhs), "=")), nil))
	}
	return fx.splice(ds, stmts...)
}

// res := C
func (fx *gormFix) assignResult(ds *dst.AssignStmt) error {
	fx.makeAtomic()
	r := ds.Lhs[0]
	fx.recordCreate(r)
	ok := binary(sel(clone(r), "Error"), "==", ident("nil"))
	switch {
	case fx.found != nil:
		guard := ifStmt(nil, binary(ok, "&&", binary(sel(clone(r), "RowsAffected"), "==", zero())), block(fx.found...), nil)
		return fx.splice(ds, ds, guard)
	case fx.read != nil:
		add := &dst.ExprStmt{X: call(sel(clone(r), "AddError"), sel(fx.read(), "Error"))}
		return fx.splice(ds, ds, ifStmt(nil, ok, block(add), nil))
	}
	return nil
}

// if err := C.Error; err != nil { A } [else E]
func (fx *gormFix) ifErr(ds *dst.IfStmt) error {
	init := ds.Init.(*dst.AssignStmt)
	v := init.Lhs[0]
	stmts := []dst.Stmt{ds}
	res := ""
	if fx.needRes() {
		var pre dst.Stmt
		res, pre = fx.hoist()
		init.Rhs[0] = sel(ident(res), "Error")
		stmts = []dst.Stmt{pre, ds}
	} else {
		fx.makeAtomic()
	}
	switch {
	case fx.found != nil:
		ds.Else = ifStmt(nil, binary(sel(ident(res), "RowsAffected"), "==", zero()), block(fx.found...), ds.Else)
	case fx.read != nil:
		ds.Else = ifStmt(fx.readInto(clone(v), "="), binary(clone(v), "!=", ident("nil")), clone(ds.Body), ds.Else)
	}
	return fx.splice(ds, stmts...)
}

// return x, C.Error
//
// The re-read gets a statement of its own when the return has other
// results: Go leaves unspecified whether `x` in `return x, f()` is read
// before or after f runs, and x must be the stored row.
func (fx *gormFix) returnErr(s *ast.ReturnStmt, ds *dst.ReturnStmt) error {
	n := len(ds.Results)
	head := func() []dst.Expr {
		var out []dst.Expr
		for _, r := range ds.Results[:n-1] {
			out = append(out, clone(r))
		}
		return out
	}
	name := "err"
	for _, r := range s.Results[:len(s.Results)-1] {
		ast.Inspect(r, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == name {
				name = "createErr"
			}
			return true
		})
	}
	// if err := R.Error; err != nil { return x, err }; return x, nil
	readThen := func(failHead []dst.Expr) []dst.Stmt {
		if n == 1 {
			ds.Results[0] = sel(fx.read(), "Error")
			return []dst.Stmt{ds}
		}
		readFail := ifStmt(assign(exprs(ident(name)), ":=", sel(fx.read(), "Error")), binary(ident(name), "!=", ident("nil")),
			block(&dst.ReturnStmt{Results: append(failHead, ident(name))}), nil)
		ds.Results[n-1] = ident("nil")
		return []dst.Stmt{readFail, ds}
	}
	if fx.needRes() {
		failHead := head() // before flags are replaced: the error paths keep them
		failHead2 := head()
		res, pre := fx.hoist()
		ds.Results[n-1] = sel(ident(res), "Error")
		if fx.found != nil {
			guard := fx.existsGuard(nil, binary(sel(ident(res), "Error"), "==", ident("nil")), res)
			return fx.splice(ds, pre, guard, ds)
		}
		if fx.read == nil {
			return fx.splice(ds, pre, ds)
		}
		fail := ifStmt(nil, binary(sel(ident(res), "Error"), "!=", ident("nil")),
			block(&dst.ReturnStmt{Results: append(failHead, sel(ident(res), "Error"))}), nil)
		return fx.splice(ds, append([]dst.Stmt{pre, fail}, readThen(failHead2)...)...)
	}
	fx.makeAtomic()
	if fx.read == nil {
		return nil
	}
	fail := ifStmt(assign(exprs(ident(name)), ":=", ds.Results[n-1]), binary(ident(name), "!=", ident("nil")),
		block(&dst.ReturnStmt{Results: append(head(), ident(name))}), nil)
	return fx.splice(ds, append([]dst.Stmt{fail}, readThen(head())...)...)
}

// C, as a statement (the error is ignored, and stays ignored).
func (fx *gormFix) exprStmt(ds *dst.ExprStmt) error {
	if fx.needRes() {
		res, pre := fx.hoist()
		ok := binary(sel(ident(res), "Error"), "==", ident("nil"))
		if fx.found != nil {
			return fx.splice(ds, pre, fx.existsGuard(nil, ok, res))
		}
		if fx.read == nil {
			return fx.splice(ds, pre)
		}
		return fx.splice(ds, pre, ifStmt(nil, ok, block(&dst.ExprStmt{X: fx.read()}), nil))
	}
	fx.makeAtomic()
	if fx.read == nil {
		return nil
	}
	if fx.generic {
		return fx.splice(ds, ifStmt(nil, binary(fx.dcall, "==", ident("nil")),
			block(fx.readInto(ident("_"), "=")), nil))
	}
	return fx.splice(ds, ifStmt(nil, binary(sel(fx.dcall, "Error"), "==", ident("nil")),
		block(&dst.ExprStmt{X: fx.read()}), nil))
}
