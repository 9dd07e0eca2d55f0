package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"github.com/upsertfix/upsertfix/internal/orm"
	"golang.org/x/tools/go/ast/astutil"
)

// A site: what a walk that reaches a create records (matcher.site), and
// the reasons a reached create is not a race of that lookup: another
// lookup re-checks before it, the code already retries after a failed
// insert, another lookup's key claimed it.

// site records a finding for the lookup being walked and create c.
func (m *matcher) site(w *walker, c *orm.Create, reach orm.Outcome) {
	l := w.b.Lookup
	if m.recheckedBefore(l, c, w.b) {
		// Another lookup of the model runs between this one and the
		// create (a re-check, often under a lock in a transaction): that
		// one decides the create, and is judged on its own.
		return
	}
	if m.relooksUp(c, l) && (m.uniqueOn(l) || l.KeyErr == orm.NoConditions) {
		// The hand-written retry: a failed insert is followed by a
		// second lookup, and a unique key makes the insert fail (or
		// the lookup reads the table's one row, whose fixed key the
		// insert gives: gotosocial's VAPID key pair).
		m.seen[c.Call] = true
		return
	}
	lock := m.procLock(l.Call, c.Call)
	if lock != "" && !Replicas {
		// One process is serialized; see Replicas.
		m.seen[c.Call] = true
		return
	}
	fd := &Finding{Pos: l.Call.Pos(), End: l.Call.End(), ORM: m.a.Name(), Model: modelName(m.pass.Pkg, l.Model), Key: l.Key, Kind: KindFindThenCreate, Locked: lock}
	site := &Site{Adapter: m.a, Lookup: l, Create: c, Binding: w.b, AnyError: reach.Has(orm.Failed) && l.Kind != orm.InitLookup && !w.afterLoop, File: m.file,
		Label: w.label, Effect: w.effect, writes: w.writes}
	switch reach & orm.Found {
	case orm.FoundIf:
		site.FoundToo = w.rowTest
	case orm.FoundElse:
		site.FoundToo = "!(" + w.rowTest + ")"
	}
	if w.foundExit != nil && m.isErrorExit(w.foundExit, w.b) {
		fd.Kind = KindExistsThenCreate
		site.FoundExit = w.foundExit
	}
	if l.Kind == orm.InitLookup && reach.Has(orm.Found) {
		fd.Kind = KindFirstOrInit
	}
	// the found path fails too: with a unique key, the caught
	// violation's error stands for it (gate)
	site.ConflictFails = w.conflict != nil && fd.Kind == KindExistsThenCreate && !m.succeedsBetween(l.Call, c.Call)
	if (w.updates || m.updatesLater(l, w.b, c.Call)) && fd.Kind == KindFindThenCreate && !c.MayUpdate || w.shared {
		fd.Kind = KindUpsert
	}
	site.SharedSave = w.shared
	if l.Updates {
		fd.Kind = KindUpdateThenCreate
	}
	m.seen[c.Call] = true
	if m.keys == nil {
		m.keys = map[*ast.CallExpr][]claim{}
	}
	m.keys[c.Call] = append(m.keys[c.Call], claim{claimKey(l), l.Via, l.Call})
	fd.Site = site
	fd.Via = vias(l, c)
	m.gate(fd)
	if fd.fresh || fd.handled {
		return
	}
	m.found = append(m.found, fd)
}

// recheckedBefore reports whether a lookup of l's model runs, after l's
// statement, on every path to the create c: in a statement of a block
// around c that comes before c (or holds it), in the same function
// declaration. A re-check (often under a lock, in a transaction) then
// decides the create, and is judged on its own; a re-read on a path that
// does not lead to c (the found branch) does not count.
func (m *matcher) recheckedBefore(l *orm.Lookup, c *orm.Create, b *orm.Binding) bool {
	if l.Model == nil || l.Call == nil || c.Call.Pos() <= l.Call.End() {
		return false
	}
	fn := m.outerFunc(l.Call.Pos())
	if fn == nil || m.outerFunc(c.Call.Pos()) != fn {
		return false
	}
	from := l.Call.End()
	if b != nil && b.StmtEnd > from {
		from = b.StmtEnd // the other arm of an if/else that chose the lookup
	}
	if list, i := m.listAt(l.Call); list != nil && list[i].End() > from {
		from = list[i].End()
	}
	for _, st := range m.stmtsBefore(c.Call) {
		if st.End() <= from {
			continue
		}
		parts := alwaysRun(st)
		if parts == nil {
			continue
		}
		if m.droppedLookup(st) {
			// a lookup whose outcome goes nowhere the code tests it
			// (dao.GetX(ctx, db, "domain", d, e), the error dropped):
			// it decides nothing
			continue
		}
		found := false
		for _, part := range parts {
			if part == nil || reflect.ValueOf(part).IsNil() {
				continue
			}
			ast.Inspect(part, func(n ast.Node) bool {
				if found || n == nil {
					return false
				}
				if n.Pos() >= c.Call.Pos() {
					return false
				}
				if _, lit := n.(*ast.FuncLit); lit {
					return false // its body, if it holds c, is a block of the path
				}
				if call, ok := n.(*ast.CallExpr); ok && call != l.Call && call.Pos() >= from {
					if other := m.lookup(call); other != nil && other.Model != nil && sameModel(other.Model, l.Model) && other.Kind != orm.CreatingLookup && !other.Updates && !otherColumns(l, other) && !m.untestedCount(other) {
						found = true
					}
				}
				return true
			})
		}
		if found {
			return true
		}
	}
	return false
}

// untestedCount reports a count whose value no comparison tests (casdoor
// numbers a new user with GetUserCount(org) + 2): it decides nothing.
func (m *matcher) untestedCount(l *orm.Lookup) bool {
	if l.Kind != orm.CountLookup {
		return false
	}
	list, i := m.listAt(l.Call)
	if list == nil {
		return false
	}
	b := m.bind(list[i])
	if b == nil || b.Count == nil {
		return false
	}
	fn := m.outerFunc(l.Call.Pos())
	if fn == nil {
		return false
	}
	tested := false
	ast.Inspect(fn, func(n ast.Node) bool {
		be, ok := n.(*ast.BinaryExpr)
		if !ok || tested {
			return !tested
		}
		switch be.Op {
		case token.EQL, token.NEQ, token.LSS, token.GTR, token.LEQ, token.GEQ:
			if m.obj(be.X) == b.Count || m.obj(be.Y) == b.Count {
				tested = true
			}
		}
		return !tested
	})
	return !tested
}

// stmtsBefore returns the statements that run before call on every path:
// those of each block around call, up to the one holding it (the last).
func (m *matcher) stmtsBefore(call *ast.CallExpr) []ast.Stmt {
	path, _ := astutil.PathEnclosingInterval(m.file, call.Pos(), call.End())
	var before []ast.Stmt
	for i := 1; i < len(path); i++ {
		for _, st := range stmtList(path[i]) {
			if st.Pos() > call.Pos() {
				break
			}
			before = append(before, st)
		}
	}
	return before
}

// alwaysRun returns, of a statement, the parts that run whatever the
// branch taken: a compound statement's init and condition (the arm that
// holds the create is walked as a block of its own), a simple statement
// itself; nil for a block, a select or a labeled statement.
func alwaysRun(st ast.Stmt) []ast.Node {
	switch x := st.(type) {
	case *ast.IfStmt:
		return []ast.Node{x.Init, x.Cond}
	case *ast.SwitchStmt:
		return []ast.Node{x.Init, x.Tag}
	case *ast.TypeSwitchStmt:
		return []ast.Node{x.Init, x.Assign}
	case *ast.ForStmt:
		return []ast.Node{x.Init, x.Cond}
	case *ast.RangeStmt:
		return []ast.Node{x.X}
	case *ast.BlockStmt, *ast.SelectStmt, *ast.LabeledStmt:
		return nil
	}
	return []ast.Node{st}
}

// droppedLookup reports a statement that is only a call of a lookup
// through a summarized function, its results dropped: nothing after it
// can test its outcome.
func (m *matcher) droppedLookup(st ast.Stmt) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	b := m.bind(st)
	return b != nil && b.Lookup.Call == call && b.Lookup.Via != "" && b.Dest == nil && b.Err == nil && b.Result == nil && b.Count == nil
}

// isErrorExit reports whether the found path ends by returning an error of
// its own ("already registered"), rather than the row or the lookup error.
func (m *matcher) isErrorExit(body *ast.BlockStmt, b *orm.Binding) bool {
	if len(body.List) == 0 {
		return false
	}
	ret, ok := body.List[len(body.List)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) == 0 {
		return false
	}
	last := ret.Results[len(ret.Results)-1]
	info := m.pass.TypesInfo
	if tv, ok := info.Types[last]; !ok || tv.IsNil() || !types.Implements(tv.Type, errorType) {
		return false
	}
	refs := false
	ast.Inspect(last, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			// the lookup's error, or the row itself (an update's error
			// on the found path is not an "already exists" answer)
			if o := info.Uses[id]; o != nil && (o == b.Err || o == b.Result || o == b.Dest) {
				refs = true
			}
		}
		return !refs
	})
	return !refs
}

// deadTest reports a not-found test that can never be true: the code
// under it (often the create) never runs, and the real insert is
// elsewhere.
func (m *matcher) deadTest(w *walker) {
	l := w.b.Lookup
	// Only when it hides a create of the model: a dead `err = nil` for
	// ErrRecordNotFound after Find is harmless noise.
	path, _ := astutil.PathEnclosingInterval(m.file, w.dead.Pos(), w.dead.End())
	var guarded ast.Node
	for _, p := range path {
		if is, ok := p.(*ast.IfStmt); ok {
			guarded = is.Body
			break
		}
	}
	hides := false
	if guarded != nil {
		ast.Inspect(guarded, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if c := m.ormCreate(call); c != nil && sameModel(c.Model, l.Model) {
					hides = true
				}
			}
			return !hides
		})
	}
	if !hides {
		return
	}
	fd := &Finding{Pos: w.dead.Pos(), End: w.dead.End(), ORM: m.a.Name(), Model: modelName(m.pass.Pkg, l.Model), Key: l.Key, Kind: KindDeadTest,
		Reason: "this lookup (Find or Count) never returns gorm.ErrRecordNotFound, so the test is never true and what it guards never runs; test RowsAffected == 0 (or use First), then run upsertfix again"}
	m.found = append(m.found, fd)
}

// relooksUp reports whether the path on which the create fails looks the
// model up again (photoprism's FirstOrCreate helpers):
//
//	} else if err := m.Create(); err == nil {
//		return m
//	} else if err := db.Where(...).First(&found).Error; err == nil {
//		return &found
//	}
//
// or if err := db.Create(&x).Error; err != nil { db.Where(...).First(&x) ... }.
func (m *matcher) relooksUp(c *orm.Create, l *orm.Lookup) bool {
	around := m.stmtsAround(c.Call)
	var is *ast.IfStmt
	for _, sp := range around {
		if x, ok := sp.list[sp.i].(*ast.IfStmt); ok {
			is = x
			break
		}
	}
	// The else-if chain holds the create in an init or a condition.
	path, _ := astutil.PathEnclosingInterval(m.file, c.Call.Pos(), c.Call.End())
	for _, n := range path {
		if x, ok := n.(*ast.IfStmt); ok && (x.Init != nil && containsNode(x.Init, c.Call) || containsNode(x.Cond, c.Call)) {
			is = x
			break
		}
	}
	if is == nil || !(is.Init != nil && containsNode(is.Init, c.Call) || containsNode(is.Cond, c.Call)) {
		return false
	}
	again := false
	look := func(n ast.Node) {
		if n == nil {
			return
		}
		ast.Inspect(n, func(x ast.Node) bool {
			if call, ok := x.(*ast.CallExpr); ok && call != l.Call {
				if l2 := m.lookup(call); l2 != nil && sameModel(l2.Model, l.Model) {
					again = true
				}
			}
			return !again
		})
	}
	look(is.Body)
	look(is.Else)
	return again
}

// uniqueOn reports whether a unique key of the model covers the lookup's
// columns (or some of them).
func (m *matcher) uniqueOn(l *orm.Lookup) bool { return m.keyOn(l, false) }

// keyOn reports a unique key of the lookup's model on some of its
// columns (a partial one too, when partial is set).
func (m *matcher) keyOn(l *orm.Lookup, partial bool) bool {
	if l.Model == nil || len(l.Key) == 0 {
		return false
	}
	key := dedupe(l.Key)
	for _, k := range m.a.UniqueKeys(m.pass.Fset, l.Model) {
		if (partial || !k.Partial) && subset(k.Columns, key) {
			return true
		}
	}
	return false
}

// otherKey reports whether the create was claimed only by sites on keys
// other than l's, all known.
func (m *matcher) otherKey(create *ast.CallExpr, l *orm.Lookup) bool {
	claimed, ok := m.keys[create]
	k := claimKey(l)
	if !ok || k == "" {
		return false
	}
	for _, c := range claimed {
		mixed := strings.HasPrefix(c.key, viaClaim) != strings.HasPrefix(k, viaClaim)
		if c.key == "" || c.key == k || mixed && (c.via == "" || l.Via == "" || c.via == l.Via || m.exclusive(c.call, l.Call)) {
			// (a known key and an unknown one are other keys when
			// they go through two functions, one after the other:
			// IsUsernameUsed, then GetByEmail; not a choice of one
			// lookup in the branches of an if)
			return false
		}
	}
	return true
}

// claim is what one lookup claimed of a create: its claimKey, and the
// function it goes through.
type claim struct {
	key, via string
	call     *ast.CallExpr
}

// exclusive reports two lookups in the two branches of one if of the
// function that holds them.
func (m *matcher) exclusive(a, b *ast.CallExpr) bool {
	fd := enclosingDecl(m.pass, a.Pos())
	return fd != nil && fd.Body != nil && containsNode(fd.Body, b) && exclusive(fd.Body, a, b)
}

// viaClaim marks a claim by a lookup whose key is unknown, by the function
// it goes through.
const viaClaim = "via "

// claimKey is what a lookup claims of a create it reaches: its key, or,
// when its key is unknown, the function it goes through (GetByUserId and
// GetByOpenId, each with conditions of its own, check other keys), or ""
// when neither is known.
func claimKey(l *orm.Lookup) string {
	switch {
	case len(l.Key) > 0 && l.KeyErr == "":
		return strings.Join(dedupe(l.Key), ",")
	case l.Via != "":
		return viaClaim + l.Via
	}
	return ""
}

// otherColumns reports whether two lookups of a model are known to match
// other columns (a count of a user's devices before inserting one
// device): the second does not re-check the first's key.
func otherColumns(a, b *orm.Lookup) bool {
	if b.KeyErr == orm.NoConditions && a.KeyErr == "" && len(a.Key) > 0 && b.Kind == orm.CountLookup {
		// a count of the whole table after a check of a key
		// (nightingale's total == 0 -> IsDefault): it decides
		// something of the new row, not whether to insert it
		return true
	}
	if len(a.Key) == 0 || len(b.Key) == 0 || a.KeyErr != "" || b.KeyErr != "" {
		// a key unknown: through two functions of their own
		// (GetByUserId, GetByOpenId; IsUsernameUsed, then GetByEmail),
		// each with its conditions
		return a.Via != "" && b.Via != "" && a.Via != b.Via
	}
	return !sameSet(dedupe(a.Key), dedupe(b.Key))
}

// succeedsBetween reports a return without an error between the lookup
// and the create, in their function (the found path's answer of a row:
// return dbUserID, nil).
func (m *matcher) succeedsBetween(lookup, create *ast.CallExpr) bool {
	fn := m.outerFunc(lookup.Pos())
	if fn == nil {
		return false
	}
	ok := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit && n != fn {
			return false
		}
		if r, isRet := n.(*ast.ReturnStmt); isRet && r.Pos() > lookup.End() && r.Pos() < create.Pos() && !m.returnsNonNilErr(r) {
			ok = true
		}
		return !ok
	})
	return ok
}
