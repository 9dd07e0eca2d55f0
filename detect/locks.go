package detect

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"golang.org/x/tools/go/analysis"
	"regexp"

	"golang.org/x/tools/go/ast/astutil"
)

// lockRE matches SQL that serializes the callers of a get-or-create when
// it runs before the lookup in the same transaction: a row lock on a
// parent row, a table lock, or an advisory lock.
var lockRE = regexp.MustCompile(`(?i)\bfor\s+(no\s+key\s+)?update\b|\bfor\s+share\b|\bpg_(try_)?advisory_(xact_)?lock|\bget_lock\s*\(|\block\s+tables?\b`)

// serialized reports whether the function around the lookup takes a lock
// before it (SQL as above, GORM's clause.Locking), or runs at SERIALIZABLE
// isolation (sql.LevelSerializable): then concurrent callers cannot both
// pass the lookup, and there is no race to report.
func (m *matcher) serialized(lookup ast.Node) bool {
	fn := m.outerFunc(lookup.Pos())
	if fn == nil {
		return false
	}
	info := m.pass.TypesInfo
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		if sel, ok := n.(*ast.SelectorExpr); ok {
			// SERIALIZABLE anywhere in the function: the transaction's
			// options come after its callback.
			if obj := info.Uses[sel.Sel]; obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "database/sql" && obj.Name() == "LevelSerializable" {
				found = true
				return false
			}
		}
		if n.Pos() >= lookup.Pos() {
			return true // locks count only before the lookup (in source order)
		}
		if call, ok := n.(*ast.CallExpr); ok {
			var lf LockFact
			if fn := callee(info, call); fn != nil && m.pass.ImportObjectFact(fn, &lf) {
				found = true // a helper that locks (db.WLock() as a query option)
			}
		}
		switch n := n.(type) {
		case *ast.BasicLit, *ast.Ident, *ast.BinaryExpr:
			if tv, ok := info.Types[n.(ast.Expr)]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && lockRE.MatchString(constant.StringVal(tv.Value)) {
				found = true
			}
		case *ast.SelectorExpr:
			if obj := info.Uses[n.Sel]; obj != nil && obj.Pkg() != nil {
				if obj.Pkg().Path()+"."+obj.Name() == "gorm.io/gorm/clause.Locking" {
					found = true
				}
			}
		case *ast.CompositeLit:
			if nt, ok := types.Unalias(info.TypeOf(n)).(*types.Named); ok && nt.Obj().Pkg() != nil && nt.Obj().Pkg().Path() == "gorm.io/gorm/clause" && nt.Obj().Name() == "Locking" {
				found = true
			}
		}
		return !found
	})
	return found
}

// outerFunc returns the function declaration around pos (the outermost
// function, so that a transaction callback is seen with its options).
func (m *matcher) outerFunc(pos token.Pos) ast.Node {
	path, _ := astutil.PathEnclosingInterval(m.file, pos, pos)
	for i := len(path) - 1; i >= 0; i-- {
		switch path[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return path[i]
		}
	}
	return nil
}

// LockFact marks a function that takes a lock when it runs, or returns a
// query option that does: its body (closures included) uses
// clause.Locking or SQL that locks (dify-plugin-daemon's db.WLock()).
type LockFact struct{}

// AFact implements analysis.Fact.
func (*LockFact) AFact() {}

func (*LockFact) String() string { return "locks" }

// exportLocks gives a LockFact to the package's functions that lock.
func exportLocks(pass *analysis.Pass) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, true) {
		locks := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if obj := info.Uses[n.Sel]; obj != nil && obj.Pkg() != nil && obj.Pkg().Path()+"."+obj.Name() == "gorm.io/gorm/clause.Locking" {
					locks = true
				}
			case *ast.BasicLit:
				if tv, ok := info.Types[n]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && lockRE.MatchString(constant.StringVal(tv.Value)) {
					locks = true
				}
			}
			return !locks
		})
		if locks {
			pass.ExportObjectFact(fn, &LockFact{})
		}
	}
}
