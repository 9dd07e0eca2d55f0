package rewrite

import (
	"errors"

	"github.com/dave/dst"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/internal/prismaorm"
)

// prisma-client-go's atomic idiom (ORM-FACTS §3c):
//
//	client.M.UpsertOne(<unique where>).Create(<the create params>).Update(<no-op set of the key>).Exec(ctx)
//
// The update must not be empty and the where values must equal the
// create's: only then does Prisma run one INSERT ... ON CONFLICT DO UPDATE;
// otherwise it reads, then writes, and can still fail with P2002. The
// upsert returns the stored row, so it replaces CreateOne in place. Where an
// upsert cannot express the create (relations, other values), the fix is
// create, and on P2002 (db.IsErrUniqueConstraint) re-run the lookup.
func (e *editor) applyPrisma(fd *detect.Finding) error {
	s := fd.Site
	info := e.info()
	dcall, _ := e.dst(s.Create.Call).(*dst.CallExpr)
	if dcall == nil {
		return errors.New("the create call was not decorated")
	}
	stmt, list, err := e.enclosing(s.Create.Call)
	if err != nil {
		return err
	}
	if e.recordsCreate(stmt) {
		return errors.New("the code records whether this call created the row, which neither an upsert nor a caught P2002 preserves; rewrite by hand")
	}
	if s.FoundExit == nil {
		if w, keySets, why := prismaorm.Upsertable(info, s.Lookup, s.Create); why == "" {
			// X.Exec(ctx) with X = client.M.CreateOne(args...)
			create := dcall.Fun.(*dst.SelectorExpr).X.(*dst.CallExpr)
			clientM := create.Fun.(*dst.SelectorExpr).X
			var sets []dst.Expr
			for _, k := range keySets {
				sets = append(sets, clone(e.dst(k).(dst.Expr)))
			}
			upsert := call(sel(call(sel(call(sel(clientM, "UpsertOne"), clone(e.dst(w.Expr).(dst.Expr))), "Create"), create.Args...), "Update"), sets...)
			dcall.Fun.(*dst.SelectorExpr).X = upsert
			return nil
		}
	}
	if s.FoundExit != nil && e.refersTo(s.FoundExit, s.Binding.Err, s.Binding.Dest) {
		return errors.New("the already-exists path uses the looked-up row or its error")
	}
	gen := s.Create.Model.Obj().Pkg().Path()
	c := &catchFix{
		e: e, fd: fd, call: s.Create.Call, dcall: dcall, stmt: stmt, list: list, returnsNode: true,
		unique: func(errv dst.Expr) (dst.Stmt, dst.Expr) {
			ok := e.freshName("dup", "isDup")
			init := assign(exprs(ident("_"), ident(ok)), ":=", call(&dst.Ident{Name: "IsErrUniqueConstraint", Path: gen}, errv))
			return init, ident(ok)
		},
		requery: func() dst.Expr { return clone(e.dst(s.Lookup.Call).(dst.Expr)) },
	}
	return c.rewrite()
}
