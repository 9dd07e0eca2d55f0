package rewrite

import (
	"errors"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/dave/dst"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/internal/bunorm"
	"github.com/upsertfix/upsertfix/internal/entorm"
	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
	"github.com/upsertfix/upsertfix/internal/xormorm"
)

// Every fix has one shape, whatever the ORM and whatever the code around
// the create (guard, else-if, switch, early return, exists check):
//
//	var dupErr error
//	lookup:
//		<the lookup, unchanged>
//		...
//		err = <the create, made to fail cleanly on a unique violation>
//		if <err is a unique violation> && dupErr == nil {
//			dupErr = err
//			goto lookup
//		}
//
// This is Django's get_or_create: only a unique violation, the one error
// the race causes, sends the caller back, and only once. The caller that
// loses the race goes back to its lookup, finds the row the winner
// inserted, and runs the found path exactly as it would have run second.
// If the second lookup still finds nothing (a soft-deleted row, a hook
// that changes the key), GORM's create does not insert again: it fails
// with the first insert's error, as the original did. Any other error (a
// foreign key, a CHECK, NOT NULL) is returned at once, after one insert.
//
// Made to fail cleanly: GORM's insert runs inside db.Transaction, a
// savepoint when db is already a transaction, so that PostgreSQL can run
// the second lookup after the violation; the violation is recognized by
// the dialector's ErrorTranslator (gorm.ErrDuplicatedKey: PostgreSQL
// 23505, MySQL and MariaDB 1062, SQLite's unique and primary-key
// constraints), whether or not the database was opened with
// TranslateError. ent and Prisma catch the violation with the generated
// client's test.
//
// The forms of the statement that holds the create:
//
//	err = C / x, err := C          the guard follows the statement
//	if err := C; err != nil { A }  the guard opens the body
//	return x, C / return C         node, err := C; guard; return x, err
//	C                              if err := C; <guard condition> { ... }

const sqlgraphPath = "entgo.io/ent/dialect/sql/sqlgraph"

var errForm = errors.New("the create statement has a form upsertfix does not rewrite; write it as `err = <create>`, `x, err := <create>`, `if err := <create>; err != nil { ... }` or `return <create>`")

type retryFix struct {
	e     *editor
	fd    *detect.Finding
	call  *ast.CallExpr // the create
	dcall *dst.CallExpr
	stmt  ast.Stmt // the statement holding the create, in list
	list  *[]dst.Stmt
	label string
	flag  string
	// first is the statement that replaced stmt first, when a statement
	// is split: the label goes there if stmt is also the lookup's.
	first dst.Stmt
	// handle is the *gorm.DB the create's chain starts from, for the
	// guard's dialector; hoist declares it when the chain starts from a
	// call (r.reader().Create(...)), which must still run once.
	handle dst.Expr
	hoist  dst.Stmt
	// labelAt, when set, is where the label goes instead of labelOf, the
	// label statement: an if's init made a statement of its own.
	labelAt, labelOf dst.Stmt
	inTx             string // GORM's guard: the variable that says the handle is in a transaction
	// relock names GORM's []clause.Expression the lookup's chain takes
	// (empty on the first pass): on the way back inside a transaction on
	// MySQL or MariaDB, a locking read, which sees the winner's row at
	// REPEATABLE READ where a plain read sees the snapshot. "" when the
	// lookup is not rewritten so.
	relock string
	// firstErr names the lookup's error of the first pass, kept for the
	// way back when no not-found error can be written (a kind the
	// project's error type carries): a failed lookup then takes the
	// path the first pass took.
	firstErr string
	// snaps are the copies of structs the retried code writes through a
	// pointer, taken before the label; agains are the branches of the
	// create's wrapper that fail on the way back.
	snaps  []snapshot
	agains []*dst.IfStmt
	// v1: the create is GORM v1's (github.com/jinzhu/gorm), which has no
	// nested transaction and no translated violation: the fix is the
	// SQL layers' plain retry (plainOnce).
	v1 bool
}

const clausePath = "gorm.io/gorm/clause"

// lockLookup makes the lookup's chain start with Clauses(relock...): R.X(...)
// becomes R.Clauses(relock...).X(...), R the *gorm.DB the chain starts from.
// It reports whether it could.
func (fx *retryFix) lockLookup() bool {
	info := fx.e.info()
	l := fx.fd.Site.Lookup
	if fx.fd.ORM != "gorm" || l.Via != "" || fx.fd.Site.Create.Via != "" || fx.fd.Kind == detect.KindFirstOrCreate || fx.fd.Site.ErrDropped {
		return false
	}
	if g := gormorm.GenericBase(l.Call); g != nil {
		// gorm.G[T](db).Where(...).First(ctx): gorm.G[T](db, relock...),
		// G's own clause options (it starts a new statement from db).
		if len(g.Args) != 1 {
			return false
		}
		dg, ok := fx.e.dst(g).(*dst.CallExpr)
		if !ok {
			return false
		}
		fx.relock = fx.e.fresh("relock", "lockOnRetry")
		dg.Args = append(dg.Args, ident(fx.relock))
		dg.Ellipsis = true
		return true
	}
	steps := fx.e.dbChain(l.Call)
	if steps == nil || !gormorm.IsDB(info.TypeOf(steps[0].x)) {
		return false
	}
	psel := steps[len(steps)-1].parent
	fx.relock = fx.e.fresh("relock", "lockOnRetry")
	arg := ident(fx.relock)
	c := call(sel(psel.X, "Clauses"), arg)
	c.Ellipsis = true
	psel.X = c
	return true
}

// relockStmt is, on the way back, `if inTx && db.Dialector.Name() == "mysql"
// { relock = []clause.Expression{clause.Locking{Strength: clause.LockingStrengthUpdate}} }`:
// FOR UPDATE, which MySQL and MariaDB both accept (MariaDB has no FOR SHARE).
func (fx *retryFix) relockStmt() dst.Stmt {
	expr := &dst.Ident{Name: "Expression", Path: clausePath}
	lock := &dst.CompositeLit{Type: &dst.Ident{Name: "Locking", Path: clausePath}, Elts: []dst.Expr{
		&dst.KeyValueExpr{Key: ident("Strength"), Value: &dst.Ident{Name: "LockingStrengthUpdate", Path: clausePath}}}}
	set := assign(exprs(ident(fx.relock)), "=", &dst.CompositeLit{Type: &dst.ArrayType{Elt: expr}, Elts: []dst.Expr{lock}})
	cond := binary(ident(fx.inTx), "&&", binary(call(sel(sel(clone(fx.handle), "Dialector"), "Name")), "==", &dst.BasicLit{Kind: token.STRING, Value: `"mysql"`}))
	return ifStmt(nil, cond, block(set), nil)
}

// chainStep is one receiver of a chain of *gorm.DB method calls.
type chainStep struct {
	x      ast.Expr          // the receiver of this step
	parent *dst.SelectorExpr // the selector whose X is that receiver
	name   string            // the method called on the next step's receiver to give x
}

// dbChain walks down the chain of *gorm.DB method calls that call ends:
// steps[0].x is call's receiver, the last step's x the chain's start.
// It returns nil when call is not a method call in the decorated tree.
func (e *editor) dbChain(call *ast.CallExpr) []chainStep {
	info := e.info()
	se, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	dc, ok := e.dst(call).(*dst.CallExpr)
	if !ok {
		return nil
	}
	parent, ok := dc.Fun.(*dst.SelectorExpr)
	if !ok {
		return nil
	}
	steps := []chainStep{{x: se.X, parent: parent}}
	x := se.X
	for {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		cse, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok || !gormorm.IsDB(info.TypeOf(cse.X)) {
			break
		}
		dc, ok := e.dst(c).(*dst.CallExpr)
		if !ok {
			return nil
		}
		if parent, ok = dc.Fun.(*dst.SelectorExpr); !ok {
			return nil
		}
		x = cse.X
		steps[len(steps)-1].name = cse.Sel.Name
		steps = append(steps, chainStep{x: x, parent: parent})
	}
	return steps
}

func (e *editor) applyRetry(fd *detect.Finding) error {
	s := fd.Site
	if s.Label == nil {
		return errors.New("the lookup is not a statement of its own")
	}
	fx := &retryFix{e: e, fd: fd, call: s.Create.Call}
	if s.TxCall != nil {
		fx.call = s.TxCall // the fix goes around the whole transaction
	}
	fx.dcall, _ = e.dst(fx.call).(*dst.CallExpr)
	if fx.dcall == nil {
		return errors.New("the create call was not decorated")
	}
	var err error
	if fx.stmt, fx.list, err = e.enclosing(fx.call); err != nil {
		return err
	}
	e.fn = e.funcOf(s.Label)
	fx.label = e.fresh("lookup", "retryLookup")
	fx.flag = e.fresh("dupErr", "firstDupErr")
	fx.v1 = fd.ORM == "gorm" && s.Create.Via == "" && gormorm.V1(e.info(), s.Create.Call)
	if !fx.v1 {
		fx.lockLookup()
	}
	if err := fx.rewrite(); err != nil {
		return err
	}
	switch {
	case (fd.ORM == "sql" || fd.ORM == "bun") && s.Create.Via == "" && s.Lookup.Via == "":
		// A failed lookup on the way back is a second failure (in a
		// transaction the savepoint keeps it usable): where the lookup's
		// error cannot be taken as not-found, its error is returned.
		if err := fx.failedAsNotFound(); err != nil {
			fx.fd.Reason += "; " + lookupFailsNote
		}
	case s.Create.Via != "" || fd.ORM != "gorm" && s.Lookup.Via != "" || anyFailure(fd.ORM) || fx.v1 && fd.Kind != detect.KindFirstOrCreate:
		if err := fx.failedAsNotFound(); err != nil {
			return err
		}
		if s.Lookup.FoundReads {
			fx.fd.Reason += "; " + foundReadsNote
		}
	case fd.ORM == "ent":
		// ent's client may be a transaction's (tx.Client()), which a
		// unique violation ends on PostgreSQL: the lookup on the way back
		// then fails, and is taken as not-found, so that the loser gets
		// the insert's error, as before. Where the lookup's error is
		// tested in its own statement, the fix cannot, and says so.
		if err := fx.failedAsNotFound(); err != nil {
			fx.fd.Reason += "; " + txNote
		}
	}
	if fx.hoist != nil {
		if err := splice(fx.list, fx.first, fx.hoist, fx.first); err != nil {
			return err
		}
		fx.first = fx.hoist
	}
	return fx.addLabel()
}

// fresh returns a fresh name and marks it used.
func (e *editor) fresh(names ...string) string {
	n := e.freshName(names...)
	e.used[e.fn][n] = true
	return n
}

// funcOf returns the innermost function declaration or literal around n.
func (e *editor) funcOf(n ast.Node) ast.Node {
	path, _ := astutil.PathEnclosingInterval(e.file, n.Pos(), n.End())
	for _, p := range path {
		switch p.(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return p
		}
	}
	return nil
}

// addLabel puts `var dupErr error` before the lookup's statement and the
// label on it.
func (fx *retryFix) addLabel() error {
	lstmt := fx.fd.Site.Label
	var dl dst.Stmt
	list := fx.list
	if lstmt == fx.stmt {
		dl = fx.first
	} else {
		_, l, err := fx.e.enclosing(lstmt)
		if err != nil {
			return err
		}
		list, dl = l, fx.e.dst(lstmt).(dst.Stmt)
		if fx.labelAt != nil && dl == fx.labelOf {
			dl = fx.labelAt // the if's init, made a statement before it
		}
	}
	init := &dst.DeclStmt{Decl: &dst.GenDecl{Tok: token.VAR, Specs: []dst.Spec{
		&dst.ValueSpec{Names: []*dst.Ident{ident(fx.flag)}, Type: ident("error")}}}}
	labeled := &dst.LabeledStmt{Label: ident(fx.label), Stmt: dl}
	decls := []dst.Stmt{init}
	if fx.firstErr != "" {
		decls = append(decls, &dst.DeclStmt{Decl: &dst.GenDecl{Tok: token.VAR, Specs: []dst.Spec{
			&dst.ValueSpec{Names: []*dst.Ident{ident(fx.firstErr)}, Type: ident("error")}}}})
	}
	for _, sn := range fx.snaps { // vSaved := *v; var vFailed T
		decls = append(decls, assign(exprs(ident(sn.saved)), ":=", sn.val()))
		if sn.typ != nil {
			decls = append(decls, &dst.DeclStmt{Decl: &dst.GenDecl{Tok: token.VAR, Specs: []dst.Spec{
				&dst.ValueSpec{Names: []*dst.Ident{ident(sn.failed)}, Type: sn.typ}}}})
		} else {
			decls = append(decls, assign(exprs(ident(sn.failed)), ":=", ident(sn.saved)))
		}
	}
	if fx.fd.Site.SharedSave {
		// One Save after the branches: on the way back it updates the
		// row the lookup found; only a new row (no primary key) fails
		// as the first insert did.
		isNew, err := fx.newRow()
		if err != nil {
			return err
		}
		for _, again := range fx.agains {
			again.Cond = binary(again.Cond, "&&", isNew)
		}
	}
	// On the way back the create fails as the first did, the record as
	// that failed insert left it: *v = vFailed.
	for _, again := range fx.agains {
		for _, sn := range fx.snaps {
			again.Body.List = append([]dst.Stmt{assign(exprs(sn.val()), "=", ident(sn.failed))}, again.Body.List...)
		}
	}
	if fx.relock != "" {
		relock := &dst.DeclStmt{Decl: &dst.GenDecl{Tok: token.VAR, Specs: []dst.Spec{
			&dst.ValueSpec{Names: []*dst.Ident{ident(fx.relock)}, Type: &dst.ArrayType{Elt: &dst.Ident{Name: "Expression", Path: clausePath}}}}}}
		return splice(list, dl, append(decls, relock, labeled)...)
	}
	return splice(list, dl, append(decls, labeled)...)
}

// guard is `if <v is a unique violation> && dupErr == nil { dupErr = v; <resets>; goto lookup }`.
//
// For GORM it is two ifs, because only GORM's savepoint can be the whole
// transaction:
//
//	if err != nil && dupErr == nil {
//		_, inTx := db.Statement.ConnPool.(gorm.TxCommitter)
//		if tr, ok := db.Dialector.(gorm.ErrorTranslator); !inTx || ok && errors.Is(tr.Translate(err), gorm.ErrDuplicatedKey) {
//			dupErr = err
//			goto lookup
//		}
//	}
//
// Outside a transaction, db.Transaction was the insert's whole
// transaction and rolled it back, so going back after any error is
// harmless (the second pass never inserts): it covers InnoDB's deadlocks
// between concurrent inserts of one key, which the race test measures.
// Inside a transaction, only a unique violation goes back: another error
// (MySQL's deadlock) may have ended the caller's transaction.
func (fx *retryFix) guard(v dst.Expr) *dst.IfStmt {
	twoIfs := fx.fd.ORM == "gorm" && fx.fd.Site.Create.Via == "" && !fx.v1
	if twoIfs {
		fx.inTx = fx.e.fresh("inTx", "inTransaction")
	}
	init, cond := fx.violation(v)
	stmts := []dst.Stmt{assign(exprs(ident(fx.flag)), "=", clone(v))}
	stmts = append(stmts, fx.resets()...)
	if fx.relock != "" && twoIfs {
		stmts = append(stmts, fx.relockStmt())
	}
	stmts = append(stmts, &dst.BranchStmt{Tok: token.GOTO, Label: ident(fx.label)})
	g := ifStmt(init, cond, block(stmts...), nil)
	g.Decs.Before = dst.NewLine
	if twoIfs {
		decl := assign(exprs(ident("_"), ident(fx.inTx)), ":=", &dst.TypeAssertExpr{
			X:    sel(sel(clone(fx.handle), "Statement"), "ConnPool"),
			Type: &dst.Ident{Name: "TxCommitter", Path: gormorm.Path},
		})
		g.Decs.Before = dst.None
		outer := ifStmt(nil, binary(binary(clone(v), "!=", ident("nil")), "&&", fx.notBack()), block(decl, g), nil)
		outer.Decs.Before = dst.NewLine
		return outer
	}
	return g
}

// resets are the assignments that give the variables the not-found path
// changed, and that live above the label, their value at the label again.
func (fx *retryFix) resets() []dst.Stmt {
	var out []dst.Stmt
	for _, r := range fx.fd.Site.Resets {
		if r.Snapshot {
			// vFailed = *v; *v = vSaved: the record as the failed
			// insert left it, given back if the way back fails too.
			v := r.Var.Name()
			t := r.Var.Type()
			if r.Deref {
				t = t.(*types.Pointer).Elem()
			}
			sn := snapshot{v: v, deref: r.Deref, saved: fx.e.fresh(v+"Saved", v+"AtLookup"), failed: fx.e.fresh(v+"Failed", v+"AfterInsert"),
				typ: fx.e.typeExpr(t)}
			fx.snaps = append(fx.snaps, sn)
			out = append(out,
				assign(exprs(ident(sn.failed)), "=", sn.val()),
				assign(exprs(sn.val()), "=", ident(sn.saved)))
			continue
		}
		val, ok := fx.e.dst(r.Value).(dst.Expr)
		if !ok {
			val = fx.e.zero(r.Var.Type())
		} else {
			val = clone(val)
		}
		if val == nil {
			continue
		}
		out = append(out, assign(exprs(ident(r.Var.Name())), "=", val))
	}
	return out
}

// notBack is `dupErr == nil`: the caller has not gone back yet.
//
// For a shared Save, also that its record is a new row: a failed update
// of the row found is returned as it was, never retried.
func (fx *retryFix) notBack() dst.Expr {
	back := binary(ident(fx.flag), "==", ident("nil"))
	if fx.fd.Site.SharedSave {
		if isNew, err := fx.newRow(); err == nil {
			return binary(back, "&&", isNew)
		}
	}
	return back
}

// violation tests the create's error v for what the ORM reports when a
// concurrent caller inserted the key first.
func (fx *retryFix) violation(v dst.Expr) (dst.Stmt, dst.Expr) {
	if fx.fd.Site.Create.Via != "" || anyFailure(fx.fd.ORM) || fx.v1 {
		// Through a repository: any failed insert (crosslayer.go).
		// xorm and the SQL layers return the driver's error, which no
		// helper of their own classifies: any failed insert too.
		return nil, binary(binary(v, "!=", ident("nil")), "&&", fx.notBack())
	}
	switch fx.fd.ORM {
	case "ent":
		return nil, binary(call(&dst.Ident{Name: "IsUniqueConstraintError", Path: sqlgraphPath}, v), "&&", fx.notBack())
	case "prisma":
		gen := fx.fd.Site.Create.Model.Obj().Pkg().Path()
		dup := fx.e.fresh("dup", "isDup")
		return assign(exprs(ident("_"), ident(dup)), ":=", call(&dst.Ident{Name: "IsErrUniqueConstraint", Path: gen}, v)), binary(ident(dup), "&&", fx.notBack())
	}
	// GORM reports a unique violation as the driver's error unless the
	// database was opened with TranslateError; the dialector's translator
	// recognizes it either way.
	tr, ok := fx.e.fresh("tr", "translator"), fx.e.fresh("ok", "canTranslate")
	init := assign(exprs(ident(tr), ident(ok)), ":=", &dst.TypeAssertExpr{
		X:    sel(clone(fx.handle), "Dialector"),
		Type: &dst.Ident{Name: "ErrorTranslator", Path: gormorm.Path},
	})
	isDup := call(&dst.Ident{Name: "Is", Path: "errors"}, call(sel(ident(tr), "Translate"), v), &dst.Ident{Name: "ErrDuplicatedKey", Path: gormorm.Path})
	// With DisableNestedTransaction, db.Transaction inside a transaction
	// takes no savepoint: the failed insert has ended the caller's
	// transaction (PostgreSQL), so the caller does not go back and gets
	// the insert's error, as it did before the fix.
	notInTx := &dst.UnaryExpr{Op: token.NOT, X: ident(fx.inTx)}
	savepoint := &dst.UnaryExpr{Op: token.NOT, X: sel(clone(fx.handle), "DisableNestedTransaction")}
	if fx.fd.Site.NoTxRetry {
		// No savepoint inside a transaction (savepoint): only outside one.
		return nil, notInTx
	}
	if fx.fd.Site.BeforeHooks && fx.fd.Kind != detect.KindFirstOrCreate {
		// A before-insert hook changes the record even when the insert
		// fails, so only the race's own error goes back.
		return init, binary(binary(ident(ok), "&&", isDup), "&&", &dst.ParenExpr{X: binary(notInTx, "||", savepoint)})
	}
	// FirstOrCreate's lookup and insert run in one transaction, which
	// SQLite can fail with SQLITE_BUSY_SNAPSHOT when the row is committed
	// in between: outside a transaction it goes back after any error too.
	return init, binary(notInTx, "||", binary(binary(savepoint, "&&", ident(ok)), "&&", isDup))
}

// errExpr reports whether x is the create's error: C.Error for GORM's
// classic API, C itself otherwise.
func (fx *retryFix) errExpr(x ast.Expr) bool {
	x = ast.Unparen(x)
	if fx.fd.ORM == "gorm" && fx.fd.Site.Create.Via == "" && fx.fd.Site.TxCall == nil && gormorm.GenericBase(fx.call) == nil {
		se, ok := x.(*ast.SelectorExpr)
		return ok && se.Sel.Name == "Error" && ast.Unparen(se.X) == fx.call
	}
	return x == fx.call
}

// safe returns the create's error expression made to fail cleanly, to put
// where the error expression was.
func (fx *retryFix) safe() (dst.Expr, error) {
	if fx.fd.ORM != "gorm" || fx.fd.Site.Create.Via != "" {
		return fx.onceOnly()
	}
	if fx.fd.Site.TxCall != nil {
		return fx.txCallback()
	}
	if fx.v1 {
		return fx.plainOnce()
	}
	return fx.savepoint()
}

// plainOnce wraps a GORM v1 create's error so that, on the way back, it
// is the first insert's error instead of a second insert:
//
//	func() error {
//		if dupErr != nil {
//			return dupErr
//		}
//		return db.Create(&t).Error
//	}()
//
// v1 has no savepoint (its Transaction inside a transaction fails) and no
// translated violation, so, as on the SQL layers, any failed insert goes
// back once; inside a transaction PostgreSQL has ended it, the lookup on
// the way back fails, is taken as not-found, and the loser gets the
// insert's error, as before.
func (fx *retryFix) plainOnce() (dst.Expr, error) {
	_, _, body, err := fx.savepointRoot()
	if err != nil {
		return nil, err
	}
	again := ifStmt(nil, binary(ident(fx.flag), "!=", ident("nil")), block(&dst.ReturnStmt{Results: exprs(ident(fx.flag))}), nil)
	fx.agains = append(fx.agains, again)
	ret := &dst.ReturnStmt{Results: exprs(body)}
	ret.Decs.Before = dst.NewLine
	if fx.fd.Kind == detect.KindFirstOrCreate {
		fx.firstAgainV1(again, body)
	}
	fn := &dst.FuncLit{
		Type: &dst.FuncType{Params: &dst.FieldList{}, Results: &dst.FieldList{List: []*dst.Field{{Type: ident("error")}}}},
		Body: block(again, ret),
	}
	return call(fn), nil
}

// firstAgainV1 is, for GORM v1's FirstOrCreate (its own lookup), the way
// back: look up without inserting, First with the same arguments; the
// first insert's error when that finds nothing or fails (inside a
// transaction PostgreSQL has ended, as the serial run's insert error
// would be); found, nothing more, or, with Assign, FirstOrCreate again,
// which then updates the row it finds as it would have run second:
//
//	if dupErr != nil {
//		if found := db.Where(...).First(&t); found.Error != nil {
//			return dupErr
//		}
//		return nil
//	}
func (fx *retryFix) firstAgainV1(again *dst.IfStmt, body dst.Expr) {
	first := bare(fx.dcall)
	first.Fun.(*dst.SelectorExpr).Sel.Name = "First"
	res := fx.e.fresh("found", "foundRes")
	check := ifStmt(assign(exprs(ident(res)), ":=", first), binary(sel(ident(res), "Error"), "!=", ident("nil")),
		block(&dst.ReturnStmt{Results: exprs(ident(fx.flag))}), nil)
	var last dst.Expr = ident("nil")
	if chainHas(fx.call, "Assign") {
		last = bare(body)
	}
	again.Body.List = []dst.Stmt{check, &dst.ReturnStmt{Results: exprs(last)}}
}

// txCallback makes the code's own db.Transaction(func(tx *gorm.DB) error
// {...}) around the create the insert's savepoint: on the way back its
// callback returns the first error before doing anything.
func (fx *retryFix) txCallback() (dst.Expr, error) {
	sel, ok := ast.Unparen(fx.call.Fun).(*ast.SelectorExpr)
	if !ok || len(fx.call.Args) == 0 {
		return nil, errForm
	}
	steps := fx.e.dbChain(fx.call)
	if steps == nil {
		return nil, errForm
	}
	root := steps[len(steps)-1].x
	if !simpleHandle(root) || !gormorm.IsDB(fx.e.info().TypeOf(root)) {
		root = sel.X
	}
	if !simpleHandle(root) {
		return nil, errors.New("the transaction's handle is not a variable or field the fix can read again; assign it to a variable first, then run upsertfix again")
	}
	fx.handle = clone(fx.e.dst(root).(dst.Expr))
	alit, ok := ast.Unparen(fx.call.Args[0]).(*ast.FuncLit)
	if !ok {
		return nil, errForm
	}
	lit, ok := fx.e.dst(alit).(*dst.FuncLit)
	if !ok {
		return nil, errForm
	}
	// Right before the callback's statement that holds the create: on
	// the way back, what the callback does before the insert (it only
	// sets the caller's variables) it does again, as the first pass did.
	i := slices.IndexFunc(alit.Body.List, func(st ast.Stmt) bool { return within(st, fx.fd.Site.Create.Call) })
	if i < 0 {
		return nil, errForm
	}
	again := ifStmt(nil, binary(ident(fx.flag), "!=", ident("nil")), block(&dst.ReturnStmt{Results: exprs(ident(fx.flag))}), nil)
	fx.agains = append(fx.agains, again)
	list := append([]dst.Stmt{}, lit.Body.List[:i]...)
	list = append(list, again)
	lit.Body.List = append(list, lit.Body.List[i:]...)
	return fx.dcall, nil
}

// onceOnly wraps an ent or Prisma create so that, on the way back, it
// fails with the first insert's error instead of inserting again (the
// second lookup found nothing: the violation was on another key, or on a
// row the lookup cannot see):
//
//	func() (*ent.User, error) {
//		if dupErr != nil {
//			return nil, dupErr
//		}
//		return client.User.Create().SetEmail(e).Save(ctx)
//	}()
func (fx *retryFix) onceOnly() (dst.Expr, error) {
	var results []types.Type
	switch t := fx.e.info().TypeOf(fx.call).(type) {
	case *types.Tuple:
		for i := 0; i < t.Len(); i++ {
			results = append(results, t.At(i).Type())
		}
	case nil:
		return nil, errForm
	default:
		results = []types.Type{t}
	}
	if len(results) == 0 {
		return nil, errForm
	}
	var fields []*dst.Field
	var zeros []dst.Expr
	for i, t := range results {
		te := fx.e.typeExpr(t)
		if te == nil {
			return nil, errForm
		}
		fields = append(fields, &dst.Field{Type: te})
		if i == len(results)-1 {
			zeros = append(zeros, ident(fx.flag))
			continue
		}
		z := fx.e.zero(t)
		if z == nil {
			return nil, errForm
		}
		zeros = append(zeros, z)
	}
	again := ifStmt(nil, binary(ident(fx.flag), "!=", ident("nil")), block(&dst.ReturnStmt{Results: zeros}), nil)
	fx.agains = append(fx.agains, again)
	body, err := fx.entSavepoint(len(results))
	if err != nil {
		return nil, err
	}
	if body == nil {
		ret := &dst.ReturnStmt{Results: exprs(fx.dcall)}
		ret.Decs.Before = dst.NewLine
		body = []dst.Stmt{ret}
	}
	fn := &dst.FuncLit{
		Type: &dst.FuncType{Params: &dst.FieldList{}, Results: &dst.FieldList{List: fields}},
		Body: block(append([]dst.Stmt{again}, body...)...),
	}
	return call(fn), nil
}

// savepointName is the savepoint an ent create in a transaction runs in.
const savepointName = "upsertfix_create"

// entSavepoint returns, for an ent create on a generated *Tx (whose
// client has sql/execquery: entorm.Check), the statements that run it
// inside a savepoint and return its n results, or nil elsewhere:
//
//	_, _ = tx.ExecContext(ctx, "SAVEPOINT upsertfix_create")
//	created, createErr := tx.User.Create().SetEmail(e).Save(ctx)
//	if sqlgraph.IsUniqueConstraintError(createErr) {
//		_, _ = tx.ExecContext(ctx, "ROLLBACK TO SAVEPOINT upsertfix_create")
//	} else if createErr == nil {
//		_, _ = tx.ExecContext(ctx, "RELEASE SAVEPOINT upsertfix_create")
//	}
//	return created, createErr
//
// A unique violation then leaves the transaction usable (PostgreSQL
// aborts it otherwise), so the lookup can run again. The savepoint's own
// errors are left aside on purpose: where one fails, the lookup on the
// way back fails too (PostgreSQL) and is taken as not-found, so the
// caller gets the insert's error, as before the fix.
func (fx *retryFix) entSavepoint(n int) ([]dst.Stmt, error) {
	if fx.fd.ORM == "xorm" && fx.fd.Site.Create.Via == "" {
		return fx.xormSavepoint(n)
	}
	if fx.fd.ORM == "sql" {
		// (through the module's function too, given the transaction:
		// the savepoint then also undoes what else it wrote)
		return fx.sqlSavepoint(n, sqlorm.TxRoot)
	}
	if fx.fd.ORM == "bun" && fx.fd.Site.Create.Via == "" {
		return fx.sqlSavepoint(n, bunorm.TxRoot)
	}
	if fx.fd.ORM != "ent" || fx.fd.Site.Create.Via != "" {
		return nil, nil
	}
	info := fx.e.info()
	tx := entorm.TxRoot(info, fx.call)
	if tx == nil {
		return nil, nil
	}
	if len(fx.call.Args) == 0 || !simpleHandle(tx) || !simpleHandle(fx.call.Args[0]) {
		return nil, errors.New("the transaction or the context of the create is not a variable or field the fix can use again; assign it to a variable first, then run upsertfix again")
	}
	dtx, ok := fx.e.dst(tx).(dst.Expr)
	dctx, ok2 := fx.e.dst(fx.call.Args[0]).(dst.Expr)
	if !ok || !ok2 {
		return nil, errors.New("the create call was not decorated")
	}
	exec := func(q string) dst.Stmt {
		return assign(exprs(ident("_"), ident("_")), "=", call(sel(clone(dtx), "ExecContext"), clone(dctx), &dst.BasicLit{Kind: token.STRING, Value: `"` + q + " " + savepointName + `"`}))
	}
	var vars []dst.Expr
	for i := 0; i < n-1; i++ {
		vars = append(vars, ident(fx.e.fresh("created", "createdRow")))
	}
	errv := fx.e.fresh("createErr", "insertErr")
	vars = append(vars, ident(errv))
	lhs := make([]dst.Expr, len(vars))
	for i, v := range vars {
		lhs[i] = clone(v)
	}
	ins := assign(lhs, ":=", fx.dcall)
	undo := ifStmt(nil, call(&dst.Ident{Name: "IsUniqueConstraintError", Path: sqlgraphPath}, ident(errv)),
		block(exec("ROLLBACK TO SAVEPOINT")),
		ifStmt(nil, binary(ident(errv), "==", ident("nil")), block(exec("RELEASE SAVEPOINT")), nil))
	take := exec("SAVEPOINT")
	take.Decorations().Before = dst.NewLine
	take.Decorations().Start.Append("// A savepoint, so that a unique violation leaves the transaction usable.")
	return []dst.Stmt{take, ins, undo, &dst.ReturnStmt{Results: vars}}, nil
}

// snapshot names the copies of a record the retried code writes through
// the pointer v: vSaved, taken before the label and given back before
// going back; vFailed, the record as the failed insert left it.
type snapshot struct {
	v, saved, failed string
	deref            bool // a copy of *v
	typ              dst.Expr
}

// val is the copied value: *v, or v.
func (sn snapshot) val() dst.Expr {
	if sn.deref {
		return &dst.StarExpr{X: ident(sn.v)}
	}
	return ident(sn.v)
}

func (fx *retryFix) rewrite() error {
	info := fx.e.info()
	switch s := fx.stmt.(type) {
	case *ast.AssignStmt:
		if fx.fd.ORM == "gorm" && gormorm.IsDB(info.TypeOf(fx.call)) && len(s.Lhs) == 1 && len(s.Rhs) == 1 && ast.Unparen(s.Rhs[0]) == fx.call && !isBlank(s.Lhs[0]) {
			if fx.v1 {
				return errors.New("the create's *gorm.DB is kept (res := db.Create(&x)); on GORM v1 assign its Error (err := db.Create(&x).Error), then run upsertfix again")
			}
			return fx.resultVar(s)
		}
		if len(s.Rhs) == 1 && s.Tok == token.ASSIGN && allBlank(s.Lhs) && (fx.errExpr(s.Rhs[0]) || ast.Unparen(s.Rhs[0]) == fx.call) {
			// _ = db.Create(&b).Error: the error is dropped, as in
			// an expression statement
			return fx.discarded(fx.e.dst(s).(dst.Stmt))
		}
		if len(s.Rhs) != 1 || !fx.errExpr(s.Rhs[0]) || isBlank(s.Lhs[len(s.Lhs)-1]) {
			break
		}
		ds := fx.e.dst(s).(*dst.AssignStmt)
		w, err := fx.safe()
		if err != nil {
			return err
		}
		ds.Rhs[0] = w
		fx.first = ds
		return splice(fx.list, ds, ds, fx.guard(clone(ds.Lhs[len(ds.Lhs)-1])))
	case *ast.IfStmt:
		as, ok := s.Init.(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || !fx.errExpr(as.Rhs[0]) {
			break
		}
		v, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
		cond, ok2 := ast.Unparen(s.Cond).(*ast.BinaryExpr)
		if !ok || !ok2 || cond.Op != token.NEQ || !isIdent(cond.X, v.Name) || !isIdent(cond.Y, "nil") {
			break
		}
		ds := fx.e.dst(s).(*dst.IfStmt)
		w, err := fx.safe()
		if err != nil {
			return err
		}
		ds.Init.(*dst.AssignStmt).Rhs[0] = w
		g := fx.guard(ident(v.Name))
		if fx.fd.ORM == "gorm" { // err != nil is the condition already
			g.Cond = fx.notBack()
		}
		ds.Body.List = append([]dst.Stmt{g}, ds.Body.List...)
		fx.first = ds
		return nil
	case *ast.ReturnStmt:
		return fx.returnStmt(s, info)
	case *ast.ExprStmt:
		if ast.Unparen(s.X) != fx.call {
			break
		}
		return fx.discarded(fx.e.dst(s).(*dst.ExprStmt))
	}
	return errForm
}

// discarded rewrites a create whose error the code drops (db.Create(&x)
// as a statement, or _ = db.Create(&x).Error) into
//
//	if err := <safe create>; err != nil { <guard> }
func (fx *retryFix) discarded(ds dst.Stmt) error {
	w, err := fx.safe()
	if err != nil {
		return err
	}
	if fx.fd.ORM == "prisma" {
		return errors.New("the create's error is ignored; assign it (x, err := <create>), then run upsertfix again")
	}
	lhs := exprs(ident("err"))
	if fx.results() == 2 {
		lhs = exprs(ident("_"), ident("err"))
	}
	g := fx.guard(ident("err"))
	if g.Init != nil { // if err := C; err != nil { <guard> }
		g = ifStmt(nil, binary(ident("err"), "!=", ident("nil")), block(g), nil)
		g.Decs.Before = dst.NewLine
	}
	g.Init = assign(lhs, ":=", w)
	g.Decs.Before = ds.Decorations().Before
	g.Decs.Start = ds.Decorations().Start
	fx.first = g
	return splice(fx.list, ds, g)
}

func allBlank(xs []ast.Expr) bool {
	for _, x := range xs {
		if !isBlank(x) {
			return false
		}
	}
	return true
}

// res := db.Create(&x) (GORM's classic API, the *gorm.DB kept):
//
//	var res *gorm.DB
//	err := db.Transaction(func(tx *gorm.DB) error { res = tx.Create(&x); return res.Error })
//	<guard on err>
func (fx *retryFix) resultVar(s *ast.AssignStmt) error {
	if gormorm.GenericBase(fx.call) != nil {
		return errForm
	}
	res, ok := s.Lhs[0].(*ast.Ident)
	if !ok {
		return errForm
	}
	ds := fx.e.dst(s).(*dst.AssignStmt)
	w, err := fx.savepoint()
	if err != nil {
		return err
	}
	fn := w.(*dst.CallExpr).Args[0].(*dst.FuncLit)
	last := len(fn.Body.List) - 1
	body := fn.Body.List[last].(*dst.ReturnStmt).Results[0].(*dst.SelectorExpr) // tx....Create(&x).Error
	// On the way back, res still holds the failed insert's *gorm.DB.
	if again, ok := fn.Body.List[0].(*dst.IfStmt); ok {
		again.Body.List = []dst.Stmt{
			assign(exprs(ident(res.Name)), "=", ident(fn.Type.Params.List[0].Names[0].Name)),
			&dst.ReturnStmt{Results: exprs(call(sel(ident(res.Name), "AddError"), ident(fx.flag)))},
		}
	}
	fn.Body.List = append(fn.Body.List[:last],
		assign(exprs(ident(res.Name)), "=", body.X),
		&dst.ReturnStmt{Results: exprs(sel(ident(res.Name), "Error"))},
	)
	errName := fx.e.errName(s)
	var stmts []dst.Stmt
	if s.Tok == token.DEFINE {
		stmts = append(stmts, &dst.DeclStmt{Decl: &dst.GenDecl{Tok: token.VAR, Specs: []dst.Spec{
			&dst.ValueSpec{Names: []*dst.Ident{ident(res.Name)}, Type: &dst.StarExpr{X: &dst.Ident{Name: "DB", Path: gormorm.Path}}}}}})
	}
	stmts = append(stmts, assign(exprs(ident(errName)), ":=", w), fx.guard(ident(errName)))
	fx.first = stmts[0]
	return splice(fx.list, ds, stmts...)
}

// results is how many values the create call returns.
func (fx *retryFix) results() int {
	if t, ok := fx.e.info().TypeOf(fx.call).(*types.Tuple); ok {
		return t.Len()
	}
	return 1
}

// return x, C.Error / return C (error) / return C (node, error)
func (fx *retryFix) returnStmt(s *ast.ReturnStmt, info *types.Info) error {
	n := len(s.Results)
	if n == 0 {
		return errForm
	}
	ds := fx.e.dst(s).(*dst.ReturnStmt)
	errName := fx.e.errName(s)
	two := n == 1 && fx.results() == 2 && ast.Unparen(s.Results[0]) == fx.call
	if !two {
		if !fx.errExpr(s.Results[n-1]) {
			return errForm
		}
		for _, r := range s.Results[:n-1] {
			if !pure(info, r) {
				return errors.New("the return statement evaluates calls before the create; rewrite by hand")
			}
		}
	}
	w, err := fx.safe()
	if err != nil {
		return err
	}
	var decl dst.Stmt
	if two {
		node := fx.e.fresh("node", "created")
		decl = assign(exprs(ident(node), ident(errName)), ":=", w)
		ds.Results = exprs(ident(node), ident(errName))
	} else {
		decl = assign(exprs(ident(errName)), ":=", w)
		ds.Results[n-1] = ident(errName)
	}
	fx.first = decl
	return splice(fx.list, ds, decl, fx.guard(ident(errName)), ds)
}

// errName is "err", or a fresh name when err is already declared where s
// is (a := there would not declare a new variable).
func (e *editor) errName(s ast.Stmt) string {
	if sc := e.pkg.Types.Scope().Innermost(s.Pos()); sc != nil {
		if _, obj := sc.LookupParent("err", s.Pos()); obj == nil {
			return "err"
		}
	}
	return e.fresh("createErr", "insertErr")
}

// savepoint wraps GORM's create:
//
//	B.<chain>.Create(&x).Error  ->  B.Transaction(func(tx *gorm.DB) error { return tx.<chain>.Create(&x).Error })
//	gorm.G[T](B).Create(ctx, &x)  ->  B.Transaction(func(tx *gorm.DB) error { return gorm.G[T](tx).Create(ctx, &x) })
//
// B, the handle the chain starts from, is evaluated once, as before.
// db.Transaction opens a savepoint when db is a transaction already, so a
// unique violation rolls back only the insert, and PostgreSQL can run the
// lookup again.
func (fx *retryFix) savepoint() (dst.Expr, error) {
	root, setRoot, body, err := fx.savepointRoot()
	if err != nil {
		return nil, err
	}
	// The savepoint's handle: tx, unless the code already has a tx there
	// (the create inside a transaction callback, tx.Create(...)), where
	// tx.Transaction(func(tx *gorm.DB) ...) would be correct but hard to
	// read: sp then.
	tx := "tx"
	if mentionsOutside(fx.call, nil, "tx") {
		tx = fx.e.fresh("sp", "savepoint")
	}
	droot := fx.e.dst(root).(dst.Expr)
	if simpleHandle(root) {
		fx.handle = clone(droot)
	} else {
		h := fx.e.fresh("gdb", "handle")
		fx.hoist = assign(exprs(ident(h)), ":=", droot)
		fx.handle, droot = ident(h), ident(h)
	}
	setRoot(ident(tx))
	gormDB := &dst.StarExpr{X: &dst.Ident{Name: "DB", Path: gormorm.Path}}
	// On the way back, a second insert would fail as the first did (the
	// lookup cannot see the conflicting row): fail with its error.
	ret := &dst.ReturnStmt{Results: exprs(body)}
	again := ifStmt(nil, binary(ident(fx.flag), "!=", ident("nil")), block(&dst.ReturnStmt{Results: exprs(ident(fx.flag))}), nil)
	fx.agains = append(fx.agains, again)
	ret.Decs.Before = dst.NewLine
	stmts := []dst.Stmt{again, ret}
	if fx.fd.Kind == detect.KindFirstOrCreate {
		stmts = fx.firstOrCreateAgain(again, ret, body)
	}
	fn := &dst.FuncLit{
		Type: &dst.FuncType{
			Params:  &dst.FieldList{List: []*dst.Field{{Names: []*dst.Ident{ident(tx)}, Type: gormDB}}},
			Results: &dst.FieldList{List: []*dst.Field{{Type: ident("error")}}},
		},
		Body: block(stmts...),
	}
	if fx.fd.Site.NoTxRetry {
		// The code goes on after a failed insert, or the lookup cannot
		// be made a locking read: inside a transaction, take no
		// savepoint, so that the transaction ends as it did.
		opts := &dst.UnaryExpr{Op: token.AND, X: &dst.CompositeLit{
			Type: &dst.Ident{Name: "Session", Path: gormorm.Path},
			Elts: []dst.Expr{&dst.KeyValueExpr{Key: ident("DisableNestedTransaction"), Value: ident("true")}},
		}}
		droot = call(sel(droot, "Session"), opts)
	}
	return call(sel(droot, "Transaction"), fn), nil
}

// savepointRoot finds the handle GORM's create starts from (root), how
// to put the transaction's handle in its place (setRoot), and the
// create's error as the callback returns it (body).
func (fx *retryFix) savepointRoot() (root ast.Expr, setRoot func(dst.Expr), body dst.Expr, err error) {
	info := fx.e.info()
	if g := gormorm.GenericBase(fx.call); g != nil {
		if len(g.Args) == 0 {
			return nil, nil, nil, errForm
		}
		root = g.Args[0]
		dg := fx.e.dst(g).(*dst.CallExpr)
		setRoot = func(x dst.Expr) { dg.Args[0] = x }
		body = fx.dcall
	} else {
		// Walk down the chain of *gorm.DB method calls to its start, and
		// keep the steps that only set the context or session (at the
		// start of the chain) outside: the transaction then begins with
		// the caller's context.
		steps := fx.e.dbChain(fx.call)
		if steps == nil {
			return nil, nil, nil, errForm
		}
		cut := len(steps) - 1
		for cut > 0 {
			switch steps[cut-1].name {
			case "WithContext", "Debug", "Session":
				cut--
				continue
			}
			break
		}
		x, parent := steps[cut].x, steps[cut].parent
		if !gormorm.IsDB(info.TypeOf(x)) {
			return nil, nil, nil, errors.New("the create's chain does not start from a *gorm.DB")
		}
		root = x
		p := parent
		setRoot = func(x dst.Expr) { p.X = x }
		body = sel(fx.dcall, "Error")
	}
	return root, setRoot, body, nil
}

// firstOrCreateAgain is the savepoint callback's body for FirstOrCreate,
// which is its own lookup: on the way back, look up without inserting
// (FirstOrInit also fills the record from the conditions, as the failed
// FirstOrCreate did), and fail with the first error if the row is still
// not there. If it is, that lookup is FirstOrCreate's found path
// already; with Assign, which FirstOrInit does not write to the row,
// FirstOrCreate runs again, and then inserts nothing.
func (fx *retryFix) firstOrCreateAgain(again *dst.IfStmt, ret *dst.ReturnStmt, body dst.Expr) []dst.Stmt {
	init := fx.lookupOnly()
	if init == nil {
		ret.Decs.Before = dst.None
		return []dst.Stmt{ret}
	}
	missing := func(x dst.Expr) dst.Stmt {
		return ifStmt(nil, binary(sel(x, "RowsAffected"), "==", &dst.BasicLit{Kind: token.INT, Value: "0"}), block(&dst.ReturnStmt{Results: exprs(ident(fx.flag))}), nil)
	}
	if chainHas(fx.call, "Assign") {
		again.Body.List = []dst.Stmt{missing(init), &dst.ReturnStmt{Results: exprs(bare(body))}}
	} else {
		res := fx.e.fresh("found", "foundRes")
		again.Body.List = []dst.Stmt{
			assign(exprs(ident(res)), ":=", init),
			missing(ident(res)),
			&dst.ReturnStmt{Results: exprs(sel(ident(res), "Error"))},
		}
	}
	return []dst.Stmt{again, ret}
}

// lookupOnly returns the FirstOrCreate call, already started from the
// savepoint's handle, as a FirstOrInit with the same chain and arguments,
// or nil for the generic API.
func (fx *retryFix) lookupOnly() *dst.CallExpr {
	if gormorm.GenericBase(fx.call) != nil {
		return nil
	}
	c := bare(fx.dcall)
	c.Fun.(*dst.SelectorExpr).Sel.Name = "FirstOrInit"
	return c
}

// chainHas reports whether a method of the given name is called in the
// receiver chain of call.
func chainHas(call *ast.CallExpr, name string) bool {
	for {
		se, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if se.Sel.Name == name {
			return true
		}
		if call, ok = ast.Unparen(se.X).(*ast.CallExpr); !ok {
			return false
		}
	}
}

// simpleHandle reports an expression that names a *gorm.DB without
// calling anything (db, s.db, r.store.db), which the guard can read again.
func simpleHandle(x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return simpleHandle(x.X)
	}
	return false
}

// mentionsOutside reports whether name is used inside n but outside skip.
func mentionsOutside(n, skip ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if n == skip {
			return false
		}
		if id, ok := n.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

func isBlank(x ast.Expr) bool { return isIdent(x, "_") }

func isIdent(x ast.Expr, name string) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && id.Name == name
}

// failedAsNotFound follows the lookup's statement, when the create goes
// through a repository, with
//
//	if dupErr != nil && err != nil {
//		err = gorm.ErrRecordNotFound // the repository's not-found error; nil for a value lookup
//	}
//
// On the way back, a lookup that fails (the transaction the failed insert
// ended) takes the not-found path, where the create returns the first
// insert's error: the error the original returned.
// foundReadsNote is what a fix says whose lookup function reads more
// after the row it found. Taking a failed lookup on the way back as
// not-found keeps the insert's error where a transaction ended (the
// insert failing for another reason returns what it returned); the price
// is the loser whose read after the row fails, which gets the insert's
// error, as the code did under the race before the fix.
const foundReadsNote = "the lookup function reads more after the row it finds; if that read fails on the way back, the caller that loses the race gets the insert's error, as before the fix"

// anyFailure reports a data layer whose unique violation is the
// driver's error, which no helper of its own classifies: the fix goes
// back to the lookup after any failed insert.
func anyFailure(orm string) bool { return orm == "xorm" || orm == "sql" || orm == "bun" }

// checkFailsNote is what a fix says whose lookup is a uniqueness check
// (an error when the row exists).
const checkFailsNote = "if the check itself fails on the way back, its error is returned instead of the insert's (in a transaction PostgreSQL aborted at the failed insert, that is the check's error)"

// lookupFailsNote is what a SQL fix says whose lookup on the way back
// cannot be taken as not-found when it fails.
const lookupFailsNote = "if the lookup itself fails on the way back (a lost connection), that error is returned instead of the insert's"

// txNote is what a fix with ent says when a lookup that fails on the way
// back cannot be taken as not-found.
const txNote = "with a client of a transaction (tx.Client()), on PostgreSQL the caller that loses the race gets the lookup's error (the transaction is aborted) instead of the insert's; assign the lookup's error in a statement of its own to have the insert's"

func (fx *retryFix) failedAsNotFound() error {
	s := fx.fd.Site
	if fx.v1 && (s.Binding == nil || s.Binding.Err == nil) && !s.AnyError {
		// q.First(&t).RecordNotFound() is false on a failed query: on
		// the way back in an aborted transaction the caller would take
		// the found path with nothing found
		return errors.New("the lookup's error is not assigned to a variable (RecordNotFound() says false when the query fails), so on the way back a failed lookup could not be told from a found row; assign it (err := q.First(&t).Error; if gorm.IsRecordNotFoundError(err) {...}), then run upsertfix again")
	}
	if s.Binding == nil || s.Binding.Err == nil || s.AnyError {
		return nil // a failed lookup leads to the create already
	}
	if s.Lookup.ErrWhenFound {
		// A uniqueness check answers "found" with an error: a failed
		// check cannot be told from it, and is returned as it is.
		fx.fd.Reason += "; " + checkFailsNote
		return nil
	}
	st, list, err := fx.e.enclosing(s.Lookup.Call)
	if err != nil {
		return err
	}
	is, isIf := st.(*ast.IfStmt)
	hoist, assigns := false, false
	if isIf && st != fx.stmt {
		hoist, assigns = detect.HoistableInit(fx.e.info(), fx.e.file, is, s.Lookup.Call)
	}
	if _, ok := st.(*ast.AssignStmt); !ok && !hoist || st == fx.stmt {
		return errors.New("the lookup's error is tested in the statement that assigns it; assign it in a statement of its own (x, err := ...), then run upsertfix again")
	}
	nf, err := fx.notFoundExpr()
	if err != nil {
		return err
	}
	name := s.Binding.Err.Name()
	var guards []dst.Stmt // what follows the lookup's statement
	if fx.firstErr != "" {
		// if dupErr == nil { nfErr = err }: the first pass's not-found
		guards = append(guards, ifStmt(nil, binary(ident(fx.flag), "==", ident("nil")), block(assign(exprs(ident(fx.firstErr)), "=", ident(name))), nil))
	}
	cond := binary(binary(ident(fx.flag), "!=", ident("nil")), "&&", binary(ident(name), "!=", ident("nil")))
	lhs, rhs := exprs(ident(name)), exprs(nf)
	if d := s.Binding.Dest; s.Lookup.Kind == orm.ValueLookup && d != nil && nilable(d.Type()) && d.Name() != "_" {
		// A lookup function that answers "not found" with a nil row
		// may return a row with its error (return &g, err): the row
		// is nil too, as not-found has it.
		lhs, rhs = exprs(ident(d.Name()), ident(name)), exprs(ident("nil"), nf)
	}
	guards = append(guards, ifStmt(nil, cond, block(assign(lhs, "=", rhs...)), nil))
	ds := fx.e.dst(st).(dst.Stmt)
	if hoist {
		// if u, err = load(); err != nil { -> u, err = load(); <g>; if err != nil {
		dif := ds.(*dst.IfStmt)
		init := dif.Init
		dif.Init = nil
		if assigns { // if _, err := load(); with err declared before: _, err = load()
			init.(*dst.AssignStmt).Tok = token.ASSIGN
		}
		fx.labelAt, fx.labelOf = init, ds
		return splice(list, ds, append(append([]dst.Stmt{init}, guards...), ds)...)
	}
	return splice(list, ds, append([]dst.Stmt{ds}, guards...)...) // st is not the create's statement (checked above)
}

// notFoundExpr is the error a failed lookup on the way back is replaced
// with: the not-found error the code tests (nil for a lookup that
// answers not-found with a nil row).
func (fx *retryFix) notFoundExpr() (dst.Expr, error) {
	s := fx.fd.Site
	var nf dst.Expr = ident("nil")
	if s.Lookup.Kind == orm.ErrLookup && s.Lookup.NotFoundErr == "" && s.Lookup.NotFoundType == "" && len(s.Lookup.NotFoundTags) > 0 && s.Binding.NotFoundVia == nil {
		// the not-found error is built with a kind the project's
		// error type carries: the way back reuses the first pass's
		fx.firstErr = fx.e.fresh("nfErr", "firstNotFoundErr")
		return ident(fx.firstErr), nil
	}
	if s.Lookup.Kind == orm.ErrLookup {
		switch {
		case fx.v1:
			if s.Lookup.NotFoundErr == "" && s.Binding.NotFoundVia == nil {
				// gorm.IsRecordNotFoundError(err), err ==
				// gorm.ErrRecordNotFound: v1's own
				return &dst.Ident{Name: "ErrRecordNotFound", Path: gormorm.PathV1}, nil
			}
		case fx.fd.ORM == "gorm" || fx.fd.ORM == "ent" || fx.fd.ORM == "prisma":
		default:
			if s.Lookup.NotFoundErr == "" && s.Lookup.NotFoundType == "" {
				return nil, errors.New("the lookup's not-found error is not known, so a failed lookup on the way back cannot be taken as not-found")
			}
		}
		nf = &dst.Ident{Name: "ErrRecordNotFound", Path: gormorm.Path}
		if fx.fd.ORM == "ent" && s.Lookup.Model != nil {
			// &ent.NotFoundError{}, which the generated IsNotFound
			// recognizes
			gen := fx.e.importPath(s.Lookup.Model.Obj().Pkg().Path())
			nf = &dst.UnaryExpr{Op: token.AND, X: &dst.CompositeLit{Type: &dst.Ident{Name: "NotFoundError", Path: gen}}}
		}
		if fx.fd.ORM == "prisma" && s.Lookup.Model != nil {
			// the generated client's ErrNotFound, which its
			// IsErrNotFound recognizes
			nf = &dst.Ident{Name: "ErrNotFound", Path: fx.e.importPath(s.Lookup.Model.Obj().Pkg().Path())}
		}
		if q := s.Lookup.NotFoundErr; q != "" {
			i := strings.LastIndex(q, ".")
			nf = &dst.Ident{Name: q[i+1:], Path: fx.e.importPath(q[:i])}
		}
		if v := s.Binding.NotFoundVia; v != nil && v.Pkg() != nil {
			// the name the code tests (db.ErrNoEntries): its package is
			// imported already
			nf = &dst.Ident{Name: v.Name(), Path: fx.e.importPath(v.Pkg().Path())}
			if v.Pkg() == fx.e.pkg.Types {
				nf = ident(v.Name())
			}
		}
		if q := s.Lookup.NotFoundType; q != "" {
			// a value of the repository's own not-found type
			// (ErrNotFound{}, &NotFoundError{}), which its callers'
			// errors.As recognizes
			ptr := strings.HasPrefix(q, "*")
			q = strings.TrimPrefix(q, "*")
			i := strings.LastIndex(q, ".")
			nf = &dst.CompositeLit{Type: &dst.Ident{Name: q[i+1:], Path: fx.e.importPath(q[:i])}}
			if ptr {
				nf = &dst.UnaryExpr{Op: token.AND, X: nf}
			}
		}
	}
	return nf, nil
}

// importPath is path as a dst identifier's Path: "" for the package the
// fix is written in, which needs no import.
func (e *editor) importPath(path string) string {
	if path == e.pkg.PkgPath {
		return ""
	}
	return path
}

// newRow returns a test that the shared Save's record is a new row: its
// one primary-key field is zero (row.ID == 0).
func (fx *retryFix) newRow() (dst.Expr, error) {
	s := fx.fd.Site
	errShape := errors.New("the saved record's primary key is not one field of a number or string; save the found row and create the new one apart, then run upsertfix again")
	var pk *orm.UniqueKey
	for _, k := range s.Adapter.UniqueKeys(fx.e.pkg.Fset, s.Create.Model) {
		if k.Name == "primary key" {
			pk = &k
		}
	}
	if pk == nil || len(pk.Fields) != 1 || s.Create.Arg == nil {
		return nil, errShape
	}
	obj, _, _ := types.LookupFieldOrMethod(s.Create.Model, true, s.Create.Model.Obj().Pkg(), pk.Fields[0])
	f, ok := obj.(*types.Var)
	if !ok {
		return nil, errShape
	}
	b, ok := f.Type().Underlying().(*types.Basic)
	if !ok {
		return nil, errShape
	}
	var zero dst.Expr
	switch {
	case b.Info()&types.IsNumeric != 0:
		zero = &dst.BasicLit{Kind: token.INT, Value: "0"}
	case b.Info()&types.IsString != 0:
		zero = &dst.BasicLit{Kind: token.STRING, Value: `""`}
	default:
		return nil, errShape
	}
	arg := ast.Unparen(s.Create.Arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	return binary(sel(clone(fx.e.dst(arg).(dst.Expr)), pk.Fields[0]), "==", zero), nil
}

// xormSavepoint is entSavepoint for an xorm insert on a *xorm.Session
// (a transaction's): the savepoint is taken with the session's Exec, and
// rolled back to after any failed insert (xorm does not classify the
// driver's error):
//
//	_, _ = sess.Exec("SAVEPOINT upsertfix_create")
//	created, createErr := sess.Insert(&w)
//	if createErr != nil {
//		_, _ = sess.Exec("ROLLBACK TO SAVEPOINT upsertfix_create")
//	}
//	_, _ = sess.Exec("RELEASE SAVEPOINT upsertfix_create")
//	return created, createErr
func (fx *retryFix) xormSavepoint(n int) ([]dst.Stmt, error) {
	recv, _, ok := orm.Method(fx.call)
	if !ok {
		return nil, nil
	}
	root := xormorm.SessionRoot(fx.e.info(), recv)
	if root == nil {
		return nil, nil // from an engine: each statement commits
	}
	if !simpleHandle(root) {
		return nil, errors.New("the session the insert runs on is not a variable or field the fix can use again; assign it to a variable first, then run upsertfix again")
	}
	dsess, ok := fx.e.dst(root).(dst.Expr)
	if !ok {
		return nil, errors.New("the create call was not decorated")
	}
	return fx.savepointAround(n, func(q string) dst.Stmt {
		return assign(exprs(ident("_"), ident("_")), "=", call(sel(clone(dsess), "Exec"), &dst.BasicLit{Kind: token.STRING, Value: `"` + q + " " + savepointName + `"`}))
	}), nil
}

// sqlSavepoint is xormSavepoint for an insert on a transaction of
// database/sql, sqlx or pgx (whose Exec takes the insert's context
// first):
//
//	_, _ = tx.ExecContext(ctx, "SAVEPOINT upsertfix_create")
//	res, createErr := tx.ExecContext(ctx, "INSERT ...", ...)
//	if createErr != nil {
//		_, _ = tx.ExecContext(ctx, "ROLLBACK TO SAVEPOINT upsertfix_create")
//	}
//	_, _ = tx.ExecContext(ctx, "RELEASE SAVEPOINT upsertfix_create")
//	return res, createErr
func (fx *retryFix) sqlSavepoint(n int, txRoot func(*types.Info, *ast.CallExpr) ast.Expr) ([]dst.Stmt, error) {
	info := fx.e.info()
	tx := txRoot(info, fx.call)
	if tx == nil {
		return nil, nil // on a pool or a connection: each statement commits
	}
	if !simpleHandle(tx) {
		return nil, errors.New("the transaction the insert runs on is not a variable or field the fix can use again; assign it to a variable first, then run upsertfix again")
	}
	dtx, ok := fx.e.dst(tx).(dst.Expr)
	if !ok {
		return nil, errors.New("the create call was not decorated")
	}
	// the context of the insert's own call, when it takes one
	var ctx ast.Expr
	for x := ast.Expr(fx.call); ; {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		if len(c.Args) > 0 && sqlorm.IsContext(info.TypeOf(c.Args[0])) {
			ctx = c.Args[0]
			break
		}
		recv, _, ok := orm.Method(c)
		if !ok {
			break
		}
		x = recv
	}
	method := "Exec"
	if ctx != nil && !sqlorm.IsPgx(info.TypeOf(tx)) {
		method = "ExecContext"
	}
	if ctx == nil && sqlorm.IsPgx(info.TypeOf(tx)) {
		return nil, errors.New("the insert on a pgx transaction takes no context the savepoint could use")
	}
	if ctx != nil && !simpleHandle(ctx) {
		return nil, errors.New("the insert's context is not a variable the fix can use again; assign it to a variable first, then run upsertfix again")
	}
	return fx.savepointAround(n, func(q string) dst.Stmt {
		args := []dst.Expr{}
		if ctx != nil {
			args = append(args, flat(fx.e.dst(ctx).(dst.Expr)))
		}
		args = append(args, &dst.BasicLit{Kind: token.STRING, Value: `"` + q + " " + savepointName + `"`})
		return assign(exprs(ident("_"), ident("_")), "=", call(sel(flat(dtx), method), args...))
	}), nil
}

// savepointAround returns the statements of a closure that runs the
// insert of n results inside a savepoint taken, rolled back to and
// released with exec.
func (fx *retryFix) savepointAround(n int, exec func(q string) dst.Stmt) []dst.Stmt {
	var vars []dst.Expr
	for i := 0; i < n-1; i++ {
		vars = append(vars, ident(fx.e.fresh("created", "createdRow")))
	}
	errv := fx.e.fresh("createErr", "insertErr")
	vars = append(vars, ident(errv))
	lhs := make([]dst.Expr, len(vars))
	for i, v := range vars {
		lhs[i] = clone(v)
	}
	ins := assign(lhs, ":=", fx.dcall)
	// RELEASE after ROLLBACK TO too: on a session outside a transaction,
	// SQLite's SAVEPOINT opened one, which only RELEASE ends.
	undo := ifStmt(nil, binary(ident(errv), "!=", ident("nil")), block(exec("ROLLBACK TO SAVEPOINT")), nil)
	release := exec("RELEASE SAVEPOINT")
	take := exec("SAVEPOINT")
	take.Decorations().Before = dst.NewLine
	take.Decorations().Start.Append("// A savepoint, so that a failed insert leaves the transaction usable.")
	return []dst.Stmt{take, ins, undo, release, &dst.ReturnStmt{Results: vars}}
}

// nilable reports a pointer, slice, map or interface type.
func nilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map, *types.Interface:
		return true
	}
	return false
}
