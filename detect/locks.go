package detect

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/xormorm"
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
	return m.serializedAt(lookup, 2)
}

// serializedAt is serialized, following depth levels of callers: a
// function of the package that only its package calls, each time after a
// lock (Apache Answer's saveActivitiesAvailable, called after
// acquireUserInfo locked the users' rows FOR UPDATE), runs serialized too.
func (m *matcher) serializedAt(lookup ast.Node, depth int) bool {
	fn := m.outerFunc(lookup.Pos())
	if fn == nil {
		return false
	}
	if m.lockedBefore(fn, lookup) {
		return true
	}
	fd, ok := fn.(*ast.FuncDecl)
	if !ok || depth == 0 || fd.Name.IsExported() {
		return false
	}
	obj, ok := m.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	calls := 0
	for _, f := range m.pass.Files {
		other := &matcher{pass: m.pass, a: m.a, file: f}
		locked := true
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || !locked {
				return locked
			}
			if callee(m.pass.TypesInfo, call) == obj {
				calls++
				locked = other.serializedAt(call, depth-1)
			}
			return locked
		})
		if !locked {
			return false
		}
	}
	return calls > 0
}

// lockedBefore reports a lock taken in fn before the lookup.
func (m *matcher) lockedBefore(fn ast.Node, lookup ast.Node) bool {
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
		if queryOption(info, n) {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			var lf LockFact
			if fn := callee(info, call); fn != nil && m.pass.ImportObjectFact(fn, &lf) {
				found = true // a helper that locks (db.WLock() as a query option)
			}
			if lockCall(info, call) {
				found = true // xorm's session.ForUpdate()
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

// queryOption reports a FOR UPDATE set as a query option of the handle
// (GORM v1's tx.Set("gorm:query_option", "FOR UPDATE"), SPIRE's
// read-modify-write transactions): it locks the rows each query reads,
// the lookup's own among them, and a row that is not there is not
// locked (PostgreSQL; MySQL's gap locks make the second insert
// deadlock): no serializer of a get-or-create. A lock taken by a query
// of its own (a parent row's SELECT ... FOR UPDATE) is.
func queryOption(info *types.Info, n ast.Node) bool {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Set" {
		return false
	}
	tv, ok := info.Types[call.Args[0]]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == "gorm:query_option"
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

// exportLocks gives a LockFact to the package's functions that lock.
func exportLocks(pass *analysis.Pass) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, true) {
		locks := false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if queryOption(info, n) {
				return false
			}
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if obj := info.Uses[n.Sel]; obj != nil && obj.Pkg() != nil && obj.Pkg().Path()+"."+obj.Name() == "gorm.io/gorm/clause.Locking" {
					locks = true
				}
			case *ast.BasicLit:
				if tv, ok := info.Types[n]; ok && tv.Value != nil && tv.Value.Kind() == constant.String && lockRE.MatchString(constant.StringVal(tv.Value)) {
					locks = true
				}
			case *ast.CallExpr:
				locks = lockCall(info, n)
			}
			return !locks
		})
		if locks {
			pass.ExportObjectFact(fn, &LockFact{})
		}
	}
}

// Replicas, when set (the -replicas flag), reports the sites guarded by an
// in-process lock too: a mutex serializes the callers of one process, not
// those of several replicas of a service.
var Replicas bool

func init() {
	Analyzer.Flags.BoolVar(&Replicas, "replicas", false, "the service runs as several processes: report get-or-create sites that only an in-process lock (sync.Mutex, a per-key mutex) guards")
}

// exportProcLocks gives a ProcLockFact to the package's functions that
// lock a mutex and return without unlocking it.
func exportProcLocks(pass *analysis.Pass) {
	for fd, fn := range funcs(pass, true) {
		locked, unlocked := false, false
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.DeferStmt:
				if mutexCall(pass.TypesInfo, n.Call) == "Unlock" {
					unlocked = true // released on return
				}
				return false
			case *ast.CallExpr:
				switch mutexCall(pass.TypesInfo, n) {
				case "Lock":
					locked = true
				case "Unlock":
					unlocked = true
				}
			}
			return true
		})
		if locked && !unlocked {
			pass.ExportObjectFact(fn, &ProcLockFact{})
		}
	}
}

// mutexCall returns "Lock" or "Unlock" for a call of a method so named on
// a type that has both (sync.Mutex, sync.RWMutex, a per-key mutex with
// Lock(key) and Unlock(key)), or "".
//
// The release may be spelled UnLock (rustdesk-api's lock.Locker).
func mutexCall(info *types.Info, call *ast.CallExpr) string {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Lock" && sel.Sel.Name != "Unlock" && sel.Sel.Name != "UnLock" {
		return ""
	}
	t := info.TypeOf(sel.X)
	if t == nil {
		return ""
	}
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	has := func(name string) bool {
		obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
		if obj == nil {
			obj, _, _ = types.LookupFieldOrMethod(t, true, info.ObjectOf(sel.Sel).Pkg(), name)
		}
		return obj != nil
	}
	if !has("Lock") || !has("Unlock") && !has("UnLock") {
		return ""
	}
	if sel.Sel.Name == "UnLock" {
		return "Unlock"
	}
	return sel.Sel.Name
}

// procLock returns the in-process lock held from before the lookup to the
// create, in the function around them ("" if none): mu.Lock(), a per-key
// mutex's Lock(key), or a helper that returns holding one, with no
// unlock (other than deferred) in between.
func (m *matcher) procLock(lookup, create ast.Node) string {
	fn := m.outerFunc(lookup.Pos())
	if fn == nil {
		return ""
	}
	info := m.pass.TypesInfo
	var lock string
	held := false
	var unlockVar types.Object // unlock := lockSite(key)
	ast.Inspect(fn, func(n ast.Node) bool {
		if n == nil || n.Pos() >= create.Pos() {
			return false
		}
		if _, ok := n.(*ast.DeferStmt); ok {
			return false
		}
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 {
			if c, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok {
				var pf ProcLockFact
				if g := callee(info, c); g != nil && m.pass.ImportObjectFact(g, &pf) {
					unlockVar = m.obj(as.Lhs[0])
				}
			}
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		switch mutexCall(info, call) {
		case "Lock":
			if call.Pos() < lookup.Pos() {
				lock, held = types.ExprString(call.Fun), true
			}
			return true
		case "Unlock":
			if held && call.Pos() > lookup.Pos() {
				held = false
			}
			return true
		}
		var pf ProcLockFact
		if g := callee(info, call); g != nil && call.Pos() < lookup.Pos() && m.pass.ImportObjectFact(g, &pf) {
			lock, held = types.ExprString(call), true
		} else if held && call.Pos() > lookup.Pos() && unlockVar != nil && m.obj(call.Fun) == unlockVar {
			held = false // unlock := lockSite(key); ...; unlock()
		}
		return true
	})
	if !held {
		return ""
	}
	return lock
}

// lockCall reports a locking read built with a method of xorm
// (session.In("id", ids).ForUpdate().Find(&us)).
func lockCall(info *types.Info, call *ast.CallExpr) bool {
	recv, name, ok := orm.Method(call)
	return ok && name == "ForUpdate" && xormorm.IsXorm(info.TypeOf(recv))
}
