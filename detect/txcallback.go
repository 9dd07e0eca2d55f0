package detect

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/astutil"
)

// A lookup outside a transaction whose callback does the create
// (gin-vue-admin's CreateAuthority):
//
//	if err = db.Where("authority_id = ?", id).First(&x).Error; !errors.Is(err, gorm.ErrRecordNotFound) { ... }
//	e := db.Transaction(func(tx *gorm.DB) error {
//		if err = tx.Create(&auth).Error; err != nil {
//			return err
//		}
//		return tx.Model(&auth).Update(...).Error
//	})
//
// When the insert fails, the callback returns its error and GORM rolls the
// whole transaction back (to a savepoint, inside a caller's transaction):
// the transaction is the insert's savepoint. The fix goes back around the
// whole call, and on the way back the callback returns the first error
// before doing anything. That keeps the serial outcome when what the
// callback does besides the database (through tx) is nothing a retry
// could not undo.

// txCallback returns the db.Transaction call whose callback holds fd's
// create, when the lookup is in the function around that call, the
// callback returns the insert's error, and the callback writes nothing
// but through tx and its own locals; or why the site cannot be fixed so.
func (m *matcher) txCallback(fd *Finding) (*ast.CallExpr, string) {
	s := fd.Site
	const refused = "the create runs inside a function literal (such as a transaction callback) and the lookup outside it, so the caller that loses the race cannot be sent back to the lookup; move the lookup into the same function as the create, then run upsertfix again"

	path, _ := astutil.PathEnclosingInterval(m.file, s.Create.Call.Pos(), s.Create.Call.End())
	var lit *ast.FuncLit
	var call *ast.CallExpr
	for i, p := range path {
		if l, ok := p.(*ast.FuncLit); ok && i+1 < len(path) {
			lit = l
			call, _ = path[i+1].(*ast.CallExpr)
			break
		}
	}
	if lit == nil || call == nil || len(call.Args) < 1 {
		return nil, refused
	}
	if gormTransaction(m.pass.TypesInfo, call) {
		// GORM's own: the fix makes the callback return the first
		// error on the way back
		if fd.ORM != "gorm" || s.Create.Via != "" || ast.Unparen(call.Args[0]) != lit {
			return nil, refused
		}
	} else {
		// a runner of transactions of the module's (txFunc): the fix
		// goes around its call as around a create function's
		rf := txFunc(m.pass, callee(m.pass.TypesInfo, call))
		if rf == nil || s.Create.Via == "" || rf.Callback >= len(call.Args) || ast.Unparen(call.Args[rf.Callback]) != lit {
			return nil, refused
		}
		s.TxRunner = types.ExprString(call.Fun)
	}
	if m.funcOf(call.Pos()) != m.funcOf(s.Label.Pos()) {
		return nil, refused
	}
	if !m.errLeaves(s.Create.Call) {
		return nil, "the create runs in a transaction callback that goes on after a failed insert, so the transaction would not roll back; return the insert's error from the callback, then run upsertfix again"
	}
	// What runs after the insert runs only when it succeeded: judged
	// are the callback's statements up to the create's.
	var before []ast.Stmt
	for _, st := range lit.Body.List {
		if st.Pos() > s.Create.Call.Pos() {
			break
		}
		before = append(before, st)
	}
	why, ws := m.ef.judgeExcept(&ast.BlockStmt{List: before}, s.Create.Call)
	if why != "" {
		return nil, "the transaction callback that holds the create " + why + ", which the caller that loses the race would have done though the serial run does not; do that after the transaction, then run upsertfix again"
	}
	for _, w := range ws {
		if w.obj == nil || isPkgVar(w.obj) {
			return nil, "the transaction callback that holds the create writes " + w.what + ", which a retry cannot undo; do that after the transaction, then run upsertfix again"
		}
	}
	s.writes = append(s.writes, ws...)
	return call, ""
}
