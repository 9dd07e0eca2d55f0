package detect

import (
	"fmt"
	"go/ast"
	"go/constant"
	"reflect"
	"slices"
	"strings"

	"go/token"
	"go/types"
	"golang.org/x/tools/go/ast/astutil"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// matcher finds the sites of one adapter in one file.
type matcher struct {
	defs map[types.Object]ast.Expr // single definitions of local variables (resolve)
	// onceDefs: variables declared with no value and assigned once; the
	// assignment defines them for uses after it (resolve)
	onceDefs map[types.Object]ast.Expr
	pass     *analysis.Pass
	a        orm.Adapter
	file     *ast.File
	found    []*Finding
	seen     map[*ast.CallExpr]bool // creates already claimed by a site
	// keys are the keys of the sites that claimed each create: a second
	// lookup of another unique key guarding the same create (a phone,
	// then an e-mail, before one insert) is a race of its own.
	keys map[*ast.CallExpr][]string
	ef   *effects
}

func (m *matcher) file1() {
	ast.Inspect(m.file, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			m.builtin(call)
		}
		m.list(stmtList(n))
		return true
	})
}

// stmtList returns the statement list n holds directly: a block's, or a
// case or select clause's; nil for any other node.
func stmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// list starts a walk at every lookup of a statement list.
func (m *matcher) list(stmts []ast.Stmt) {
	for i, s := range stmts {
		b := m.bind(s)
		choice := false
		if b == nil {
			b = m.bindChoice(s)
			choice = b != nil
		}
		if b == nil {
			continue
		}
		w := &walker{m: m, b: b, label: m.labelStart(stmts, i, b.Dest)}
		after := orm.All
		switch s := s.(type) {
		case *ast.IfStmt:
			if !choice {
				after = w.ifStmt(s, orm.All)
			}
		case *ast.SwitchStmt:
			after = w.switchStmt(s, orm.All)
		}
		if !w.done && after != 0 {
			after = w.region(stmts[i+1:], after)
			m.climb(w, s, after)
		}
		if w.dead != nil {
			m.deadTest(w)
		}
	}
}

// climb goes on with the walk after the blocks around the lookup's
// statement s, when outcomes reach the end of its block: a lookup tested
// in a branch, the create after the if (if len(email) > 0 { if
// s.GetByEmail(email) != nil { return ... } }; s.Create(...)). It stops at
// a loop, whose body's end goes round again, and at a function literal.
func (m *matcher) climb(w *walker, s ast.Stmt, reach orm.Outcome) {
	around := m.stmtsAround(s)
	for k := 1; k < len(around) && reach != 0 && !w.done; k++ {
		parent := around[k].list[around[k].i]
		switch parent.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			// Lookups in a loop, then one batch create after it of
			// the rows found missing: only such a create is followed.
			w.afterLoop = true
			reach = w.region(around[k].list[around[k].i+1:], reach)
			continue
		}
		if !falls(parent, s) {
			return
		}
		if _, isSelect := parent.(*ast.SelectStmt); isSelect {
			return
		}
		reach = w.region(around[k].list[around[k].i+1:], reach)
	}
}

// builtin reports a non-atomic built-in get-or-create (FirstOrCreate).
func (m *matcher) builtin(call *ast.CallExpr) {
	l := m.ormLookup(call)
	if l == nil || l.Kind != orm.CreatingLookup || m.seen[call] {
		return
	}
	c := m.ormCreate(call)
	if c == nil || c.Atomic || m.retried(call) {
		return
	}
	m.seen[call] = true
	fd := &Finding{Pos: call.Pos(), End: call.End(), ORM: m.a.Name(), Model: modelName(m.pass.Pkg, l.Model), Key: l.Key, Kind: KindFirstOrCreate}
	fd.Site = &Site{Adapter: m.a, Lookup: l, Create: c, File: m.file, Binding: m.newBinding(l)}
	if stmts, i := m.listAt(call); stmts != nil {
		fd.Site.Label = m.labelStart(stmts, i, fd.Site.Binding.Dest)
	}
	m.gate(fd)
	m.found = append(m.found, fd)
}

// callersRow reports whether e (the argument of a Save) is a row the
// caller handed in: a pointer parameter or the receiver of the function
// around it, or a field of one. Such a row was loaded elsewhere, so
// Save updates it; it is not the create of a get-or-create.
func (m *matcher) callersRow(e ast.Expr) bool {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	for {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			break
		}
		e = ast.Unparen(sel.X)
	}
	v, ok := m.obj(e).(*types.Var)
	if !ok {
		return false
	}
	if _, ptr := v.Type().Underlying().(*types.Pointer); !ptr {
		return false
	}
	fd, ok := m.outerFunc(e.Pos()).(*ast.FuncDecl)
	if !ok {
		return false
	}
	var lists []*ast.Field
	if fd.Recv != nil {
		lists = append(lists, fd.Recv.List...)
	}
	lists = append(lists, fd.Type.Params.List...)
	for _, f := range lists {
		for _, n := range f.Names {
			if m.pass.TypesInfo.Defs[n] == v {
				return true
			}
		}
	}
	return false
}

func (m *matcher) obj(e ast.Expr) types.Object {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	return m.pass.TypesInfo.ObjectOf(id)
}

// destObj returns the variable a lookup writes into: u in First(&u) or First(u).
func (m *matcher) destObj(e ast.Expr) types.Object {
	if e == nil {
		return nil
	}
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	return m.obj(e)
}

func (m *matcher) lookup(call *ast.CallExpr) *orm.Lookup {
	l := m.ormLookup(call)
	if l == nil {
		return m.viaLookup(call)
	}
	if l.Kind == orm.CreatingLookup {
		return nil
	}
	return l
}

// ormLookup returns the lookup call makes of the ORM itself, its
// conditions held in variables resolved to their literals.
func (m *matcher) ormLookup(call *ast.CallExpr) *orm.Lookup {
	if r, ok := m.a.(orm.LookupResolver); ok && m.file != nil {
		return r.LookupResolved(m.pass.TypesInfo, call, m.resolve)
	}
	return m.a.Lookup(m.pass.TypesInfo, call)
}

// ormCreate returns the create call makes of the ORM itself, following
// variables as ormLookup does.
func (m *matcher) ormCreate(call *ast.CallExpr) *orm.Create {
	if r, ok := m.a.(orm.CreateResolver); ok && m.file != nil {
		return r.CreateResolved(m.pass.TypesInfo, call, m.resolve)
	}
	return m.a.Create(m.pass.TypesInfo, call)
}

func (m *matcher) newBinding(l *orm.Lookup) *orm.Binding {
	b := &orm.Binding{Lookup: l, Dest: m.destObj(l.Dest)}
	if l.Kind == orm.CountLookup || l.Kind == orm.ExistLookup && b.Dest != nil && isBool(b.Dest.Type()) {
		// Count(&n); SQL's Scan(&n) of a COUNT, Scan(&ok) of an EXISTS
		b.Count, b.Dest = b.Dest, nil
	}
	return b
}

func isBool(t types.Type) bool {
	bt, ok := t.Underlying().(*types.Basic)
	return ok && bt.Kind() == types.Bool
}

// bind reports the lookup a statement performs and where its result goes.
func (m *matcher) bind(s ast.Stmt) *orm.Binding {
	switch s := s.(type) {
	case *ast.AssignStmt:
		return m.bindAssign(s)
	case *ast.ExprStmt:
		call, ok := ast.Unparen(s.X).(*ast.CallExpr)
		if !ok {
			if sel, ok := ast.Unparen(s.X).(*ast.SelectorExpr); ok {
				call, _ = ast.Unparen(sel.X).(*ast.CallExpr)
			}
		}
		if call == nil {
			return nil
		}
		if l := m.lookup(call); l != nil {
			return m.newBinding(l)
		}
	case *ast.IfStmt:
		if as, ok := s.Init.(*ast.AssignStmt); ok {
			if b := m.bindAssign(as); b != nil {
				return b
			}
		}
		return m.bindInPlace(s.Cond)
	case *ast.SwitchStmt:
		if as, ok := s.Init.(*ast.AssignStmt); ok {
			return m.bindAssign(as)
		}
	}
	return nil
}

// bindChoice finds a lookup chosen in an if/else, tested once after it:
//
//	if email != "" {
//		user, err = us.GetByEmail(email)
//	} else {
//		user, err = us.Get(username)
//	}
//
// Both branches must assign the same variables from lookups of the same
// model. The key is then not one set of columns.
func (m *matcher) bindChoice(s ast.Stmt) *orm.Binding {
	is, ok := s.(*ast.IfStmt)
	if !ok || is.Init != nil || len(is.Body.List) != 1 {
		return nil
	}
	els, ok := is.Else.(*ast.BlockStmt)
	if !ok || len(els.List) != 1 {
		return nil
	}
	a1, ok1 := is.Body.List[0].(*ast.AssignStmt)
	a2, ok2 := els.List[0].(*ast.AssignStmt)
	if !ok1 || !ok2 || a1.Tok != token.ASSIGN || a2.Tok != token.ASSIGN {
		return nil
	}
	b1, b2 := m.bindAssign(a1), m.bindAssign(a2)
	if b1 == nil || b2 == nil || b1.Err == nil && b1.Dest == nil || b1.Err != b2.Err || b1.Dest != b2.Dest ||
		b1.Lookup.Kind != b2.Lookup.Kind || b1.Lookup.Model == nil || !sameModel(b1.Lookup.Model, b2.Lookup.Model) {
		return nil
	}
	b1.StmtEnd = is.End()
	l := *b1.Lookup
	if !slices.Equal(b1.Lookup.Key, b2.Lookup.Key) {
		l.Key, l.Values = nil, nil
		l.KeyErr = "the row is looked up one of two ways (if/else), so its key is not one set of columns, and no guard before the create leaves when the other way was taken (if " + types.ExprString(is.Cond) + " { return ... }, over variables not assigned after the choice)"
		l.Choice = &orm.Choice{If: is, Then: b1.Lookup, Else: b2.Lookup}
	}
	b1.Lookup = &l
	return b1
}

// bindInPlace finds a lookup tested directly in a condition:
// if errors.Is(db.First(&u).Error, gorm.ErrRecordNotFound).
func (m *matcher) bindInPlace(cond ast.Expr) *orm.Binding {
	var b *orm.Binding
	ast.Inspect(cond, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok || b != nil {
			return false
		}
		if call, ok := n.(*ast.CallExpr); ok {
			if l := m.lookup(call); l != nil && (l.Kind == orm.ErrLookup || l.Kind == orm.RowsLookup || (l.Kind == orm.ExistLookup || l.Kind == orm.ValueLookup) && l.Via != "") {
				b = m.newBinding(l)
				b.Expr = call
				return false
			}
		}
		return true
	})
	return b
}

func (m *matcher) bindAssign(as *ast.AssignStmt) *orm.Binding {
	if len(as.Rhs) != 1 {
		return nil
	}
	rhs := ast.Unparen(as.Rhs[0])
	if sel, ok := rhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" && len(as.Lhs) == 1 {
		call, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return nil
		}
		l := m.lookup(call)
		if l == nil {
			return nil
		}
		b := m.newBinding(l)
		b.Err = m.obj(as.Lhs[0])
		return b
	}
	call, ok := rhs.(*ast.CallExpr)
	if !ok {
		return nil
	}
	l := m.lookup(call)
	if l == nil {
		return nil
	}
	b := m.newBinding(l)
	switch {
	case l.ErrWhenFound && len(as.Lhs) == 1: // err := ensureUnique(ctx, name)
		b.Err = m.obj(as.Lhs[0])
	case l.Kind == orm.ExistLookup && len(as.Lhs) == 2: // ok, err := q.Exist(ctx)
		b.Count, b.Err = m.obj(as.Lhs[0]), m.obj(as.Lhs[1])
	case l.Kind == orm.ExistLookup && len(as.Lhs) == 3: // row, exist, err := repo.GetByName(ctx, n)
		b.Dest, b.Count, b.Err = m.obj(as.Lhs[0]), m.obj(as.Lhs[1]), m.obj(as.Lhs[2])
	case l.Kind == orm.CountLookup && l.Dest == nil && len(as.Lhs) == 2: // n, err := x.Count(&T{}) (xorm)
		b.Count, b.Err = m.obj(as.Lhs[0]), m.obj(as.Lhs[1])
	case l.Dest == nil && len(as.Lhs) == 2: // v, err := gorm.G[T](db).First(ctx)
		b.Dest, b.Err = m.obj(as.Lhs[0]), m.obj(as.Lhs[1])
	case len(as.Lhs) == 1 && l.Kind == orm.ValueLookup && l.Dest == nil: // u := repo.Find(db, id), nil when missing
		b.Dest = m.obj(as.Lhs[0])
	case len(as.Lhs) == 1 && isErrorType(m.pass.TypesInfo.TypeOf(call)): // err := row.Scan(&id) (SQL)
		b.Err = m.obj(as.Lhs[0])
	case len(as.Lhs) == 1:
		b.Result = m.obj(as.Lhs[0])
	}
	return b
}

// walker follows one lookup through the statements after it, tracking
// which outcomes of the lookup can reach each point.
type walker struct {
	m         *matcher
	b         *orm.Binding
	done      bool
	stale     bool // the lookup's variables were overwritten
	foundExit *ast.BlockStmt
	// breakReach collects the outcomes that leave the innermost switch
	// or loop by break: they reach the statement after it.
	breakReach orm.Outcome
	// label is the statement a losing caller goes back to.
	label ast.Stmt
	// effect says what, on the not-found path before the create, has an
	// effect beyond local variables ("" for none); writes lists what
	// that path writes.
	effect string
	writes []write
	// updates is set when the found path updates the row: a hand-written
	// upsert.
	updates bool
	// destStale: the lookup's destination was assigned again.
	destStale bool
	// freshOn holds the outcomes on whose path the destination was
	// given a new row (freshRow): a Save of it after the branches
	// inserts on those, and updates the row found on the others.
	freshOn orm.Outcome
	// shared: the site's create is such a shared Save.
	shared bool
	// onCreate, when set, receives the create instead of a site being
	// recorded (summaries of helpers).
	onCreate func(c *orm.Create, reach orm.Outcome)
	// dead is a not-found test that can never be true for this lookup
	// (GORM's Find never returns ErrRecordNotFound).
	dead ast.Expr
	// afterLoop: the walk left a loop around the lookup; only a batch
	// create can be the one the lookups decided.
	afterLoop bool
	// flags maps a local bool, false before the lookup, to the outcomes
	// under which it was set to true (newUser = true where the row was
	// missing), so that a later if newUser { create } is followed.
	flags map[types.Object]orm.Outcome
}

var updateMethods = map[string]bool{"Update": true, "Updates": true, "UpdateColumn": true, "UpdateColumns": true,
	"Save": true, "UpdateOne": true, "UpdateOneID": true}

// updatesLater reports an update of the looked-up row anywhere after the
// lookup in its function (the found path may follow the not-found branch).
func (m *matcher) updatesLater(l *orm.Lookup, b *orm.Binding, create *ast.CallExpr) bool {
	fn := m.funcOf(l.Call.Pos())
	if fn == nil || b.Dest == nil {
		return false
	}
	w := &walker{m: m, b: b}
	ast.Inspect(fn, func(n ast.Node) bool {
		if n == create {
			return false
		}
		if s, ok := n.(*ast.ExprStmt); ok && s.Pos() > l.Call.End() && !containsNode(s, create) {
			w.foundPath(s, orm.Found)
		} else if s, ok := n.(*ast.ReturnStmt); ok && s.Pos() > l.Call.End() && !containsNode(s, create) {
			w.foundPath(s, orm.Found)
		} else if s, ok := n.(*ast.AssignStmt); ok && s.Pos() > l.Call.End() && !containsNode(s, create) {
			w.foundPath(s, orm.Found)
		}
		return !w.updates
	})
	return w.updates
}

func containsNode(outer, n ast.Node) bool { return outer.Pos() <= n.Pos() && n.End() <= outer.End() }

// foundPath notes an update of the looked-up row on the found path.
func (w *walker) foundPath(s ast.Stmt, reach orm.Outcome) {
	if !reach.Has(orm.Found) || w.updates || w.b.Dest == nil {
		return
	}
	ast.Inspect(s, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || w.updates {
			return !w.updates
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && updateMethods[sel.Sel.Name] {
			ast.Inspect(call, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && w.m.pass.TypesInfo.Uses[id] == w.b.Dest {
					w.updates = true
				}
				return !w.updates
			})
		}
		return true
	})
}

// notFoundPath judges code that runs on the not-found path before the
// create: the caller that loses the race runs it once more.
func (w *walker) notFoundPath(n ast.Node, reach orm.Outcome) {
	if !reach.Has(orm.NotFound) || n == nil {
		return
	}
	why, ws := w.m.ef.judge(n)
	w.writes = append(w.writes, ws...)
	if why != "" && w.effect == "" {
		p := w.m.pass.Fset.Position(n.Pos())
		w.effect = fmt.Sprintf("line %d %s", p.Line, why)
	}
}

// branch walks a branch; what a branch that ends the function (or the
// loop iteration) did is not on the way to the create, so it is forgotten.
func (w *walker) branch(walk func() orm.Outcome) orm.Outcome {
	effect, nw, stale := w.effect, len(w.writes), w.stale
	after := walk()
	if after == 0 && !w.done {
		w.effect, w.writes, w.stale = effect, w.writes[:nw], stale
	}
	return after
}

func (w *walker) region(stmts []ast.Stmt, reach orm.Outcome) orm.Outcome {
	for i, s := range stmts {
		if w.done || reach == 0 {
			return 0
		}
		reach = w.stmt(s, reach, stmts[i:])
	}
	if w.done {
		return 0
	}
	return reach
}

func (w *walker) stmt(s ast.Stmt, reach orm.Outcome, rest []ast.Stmt) orm.Outcome {
	switch s := s.(type) {
	case *ast.IfStmt:
		if (s.Init != nil && w.creates(s.Init, reach, rest)) || w.creates(s.Cond, reach, rest) {
			return 0
		}
		w.notFoundPath(s.Init, reach)
		w.notFoundPath(s.Cond, reach)
		return w.ifStmt(s, reach)
	case *ast.SwitchStmt:
		if s.Init != nil && w.creates(s.Init, reach, rest) {
			return 0
		}
		w.notFoundPath(s.Init, reach)
		w.notFoundPath(s.Tag, reach)
		return w.switchStmt(s, reach)
	case *ast.BlockStmt:
		return w.region(s.List, reach)
	case *ast.ForStmt:
		w.notFoundPath(s.Init, reach)
		w.notFoundPath(s.Cond, reach)
		w.notFoundPath(s.Post, reach)
		w.branch(func() orm.Outcome { return w.clause(s.Body.List, reach) }) // a loop may run zero times: reach goes on
		return reach
	case *ast.RangeStmt:
		w.notFoundPath(s.X, reach)
		w.branch(func() orm.Outcome { return w.clause(s.Body.List, reach) })
		return reach
	case *ast.LabeledStmt:
		return w.stmt(s.Stmt, reach, rest)
	case *ast.ReturnStmt:
		if !w.creates(s, reach, rest) {
			w.foundPath(s, reach)
		}
		return 0
	case *ast.BranchStmt:
		switch s.Tok {
		case token.BREAK:
			w.breakReach |= reach // resumes after the enclosing switch or loop
		case token.GOTO:
			w.done = true // the label could be anywhere: stop, report nothing
		}
		return 0
	}
	if w.creates(s, reach, rest) || w.terminates(s) {
		return 0
	}
	w.setsFlag(s, reach)
	w.notFoundPath(s, reach)
	w.foundPath(s, reach)
	if w.rebinds(s) {
		// err now holds something else: the outcomes that reach this point
		// stay, but later tests of err say nothing about the lookup.
		w.stale = true
	}
	if w.rebindsDest(s) {
		if w.freshRow(s, reach) {
			w.freshOn |= reach
		} else {
			w.destStale = true
		}
	}
	return reach
}

func (w *walker) ifStmt(s *ast.IfStmt, reach orm.Outcome) orm.Outcome {
	t, f := w.cond(s.Cond)
	bt := reach & t
	after := w.branch(func() orm.Outcome { return w.region(s.Body.List, bt) })
	if w.done {
		return 0
	}
	if after == 0 && bt.Has(orm.Found) && w.foundExit == nil {
		w.foundExit = s.Body
	}
	elseAfter := reach & f
	switch e := s.Else.(type) {
	case *ast.IfStmt:
		// else if err = m.Create(); err != nil: the create in the
		// else-if's init (photoprism's FirstOrCreate helpers).
		if e.Init != nil && w.creates(e.Init, elseAfter, []ast.Stmt{e}) || w.creates(e.Cond, elseAfter, []ast.Stmt{e}) {
			return 0
		}
		w.notFoundPath(e.Init, elseAfter)
		w.notFoundPath(e.Cond, elseAfter)
		elseAfter = w.ifStmt(e, elseAfter)
	case *ast.BlockStmt:
		elseAfter = w.branch(func() orm.Outcome { return w.region(e.List, elseAfter) })
	}
	if w.done {
		return 0
	}
	return after | elseAfter
}

func (w *walker) switchStmt(s *ast.SwitchStmt, reach orm.Outcome) orm.Outcome {
	remaining, after := reach, orm.Outcome(0)
	var def *ast.CaseClause
	for _, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		t, f := orm.Outcome(0), orm.All
		for _, e := range cc.List {
			if s.Tag != nil {
				e = &ast.BinaryExpr{X: s.Tag, Op: token.EQL, Y: e}
			}
			ti, fi := w.cond(e)
			t, f = t|ti, f&fi
		}
		r := remaining & t
		after |= w.branch(func() orm.Outcome { return w.clause(cc.Body, r) })
		if w.done {
			return 0
		}
		remaining &= f
	}
	if def != nil {
		after |= w.branch(func() orm.Outcome { return w.clause(def.Body, remaining) })
	} else {
		after |= remaining
	}
	if w.done {
		return 0
	}
	return after
}

// clause walks a switch clause: what falls off its end or breaks out of
// it reaches the statement after the switch.
func (w *walker) clause(body []ast.Stmt, reach orm.Outcome) orm.Outcome {
	outer := w.breakReach
	w.breakReach = 0
	after := w.region(body, reach)
	after |= w.breakReach
	w.breakReach = outer
	return after
}

// cond returns the outcomes under which e is true and false.
func (w *walker) cond(e ast.Expr) (t, f orm.Outcome) {
	if t, f, ok := w.guardErrTest(e); ok {
		return t, f
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			t, f := w.cond(e.X)
			return f, t
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			t1, f1 := w.cond(e.X)
			t2, f2 := w.cond(e.Y)
			return t1 & t2, f1 | f2
		case token.LOR:
			t1, f1 := w.cond(e.X)
			t2, f2 := w.cond(e.Y)
			return t1 | t2, f1 & f2
		}
	}
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if set, ok := w.flags[w.m.obj(id)]; ok {
			return set, orm.All &^ set
		}
	}
	if w.stale {
		// err holds something else now, but the looked-up value may
		// still be tested (gotify: if existingUser == nil).
		if t, f, ok := w.valueTest(e); ok && !w.destStale {
			return t, f
		}
		return orm.All, orm.All
	}
	if t, f, ok := w.m.a.Cond(w.m.pass.TypesInfo, e, w.b); ok {
		if t == 0 && w.dead == nil {
			w.dead = e // a not-found test this lookup can never satisfy
		}
		return t, f
	}
	if t, f, ok := w.errTest(e); ok {
		return t, f
	}
	if t, f, ok := w.sentinelTest(e); ok {
		return t, f
	}
	if t, f, ok := w.aliasTest(e); ok {
		return t, f
	}
	if t, f, ok := w.valueTest(e); ok {
		return t, f
	}
	// a call of an exists helper (an ExistLookup through a fact), tested in place
	if w.b.Expr != nil && w.b.Lookup.Kind == orm.ExistLookup && w.b.Lookup.Via != "" && ast.Unparen(e) == ast.Unparen(w.b.Expr) {
		if w.b.Lookup.FailedFound {
			return orm.Found | orm.Failed, orm.NotFound
		}
		return orm.Found, orm.NotFound | orm.Failed
	}
	return orm.All, orm.All
}

// setsFlag records flag = true, for a local bool declared false (or
// with no value) before the lookup.
func (w *walker) setsFlag(s ast.Stmt, reach orm.Outcome) {
	as, ok := s.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || w.b.Lookup.Call == nil {
		return // (a helper's summary walks a parameter, with no lookup call)
	}
	info := w.m.pass.TypesInfo
	tv, ok := info.Types[as.Rhs[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool || !constant.BoolVal(tv.Value) {
		return
	}
	v, ok := w.m.obj(as.Lhs[0]).(*types.Var)
	if !ok || v.Pos() >= as.Pos() || !w.declaredFalse(v) {
		return
	}
	if w.flags == nil {
		w.flags = map[types.Object]orm.Outcome{}
	}
	w.flags[v] |= reach
}

// declaredFalse reports whether v is declared in the lookup's function
// with no value (var newUser bool) or as false (newUser := false), and
// not assigned anywhere else but to true.
func (w *walker) declaredFalse(v *types.Var) bool {
	fn := w.m.outerFunc(w.b.Lookup.Call.Pos())
	if fn == nil || v.Pos() < fn.Pos() || v.Pos() >= fn.End() {
		return false
	}
	info := w.m.pass.TypesInfo
	ok := true
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] == v && i < len(n.Values) && !isFalse(info, n.Values[i]) {
					ok = false
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if w.m.obj(l) != v {
					continue
				}
				if len(n.Rhs) != len(n.Lhs) || !(n.Tok == token.DEFINE && isFalse(info, n.Rhs[i]) || n.Tok == token.ASSIGN && isTrue(info, n.Rhs[i])) {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

func isFalse(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && !constant.BoolVal(tv.Value)
}

func isTrue(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
}

// sentinelTest answers a test of the lookup's error against the sentinel
// its function returns when no row matched: errors.Is(err, ErrUserNotFound),
// err == ErrUserNotFound, err != ErrUserNotFound.
func (w *walker) sentinelTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	if w.b.Lookup.NotFoundType != "" {
		return w.errAsTest(e)
	}
	if w.b.Lookup.NotFoundErr == "" {
		return 0, 0, false
	}
	return w.errIsNotFound(e, func(obj types.Object) bool {
		return obj.Pkg() != nil && obj.Pkg().Path()+"."+obj.Name() == w.b.Lookup.NotFoundErr
	})
}

// errAsTest answers a test of the lookup's error for the error type its
// function returns when no row matched: errors.As(err, &ErrNotFound{}),
// or a call of a function that does (IsNotFound(err), an ErrAsFact).
func (w *walker) errAsTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	c, isCall := ast.Unparen(e).(*ast.CallExpr)
	if !isCall || w.b.Err == nil || len(c.Args) == 0 || w.m.obj(c.Args[0]) != w.b.Err {
		return 0, 0, false
	}
	info := w.m.pass.TypesInfo
	name := errAsTarget(info, c, w.b.Err)
	if fn := callee(info, c); name == "" && fn != nil && len(c.Args) == 1 {
		var fact ErrAsFact
		if w.m.pass.ImportObjectFact(fn, &fact) {
			name = fact.Type
		}
	}
	if name == "" || name != w.b.Lookup.NotFoundType {
		return 0, 0, false
	}
	// the function returns the type only under its lookup's not-found
	// test (errorFlowsSentinel)
	return orm.NotFound, orm.All &^ orm.NotFound, true
}

// errIsNotFound answers errors.Is(err, X), err == X and err != X, for the
// lookup's error err and a named error X that means not found (isTarget
// says which).
func (w *walker) errIsNotFound(e ast.Expr, isTarget func(types.Object) bool) (t, f orm.Outcome, ok bool) {
	if w.b.Err == nil {
		return 0, 0, false
	}
	info := w.m.pass.TypesInfo
	target := func(x ast.Expr) bool {
		var id *ast.Ident
		switch x := ast.Unparen(x).(type) {
		case *ast.Ident:
			id = x
		case *ast.SelectorExpr:
			id = x.Sel
		default:
			return false
		}
		obj := info.Uses[id]
		return obj != nil && isTarget(obj)
	}
	isErr := func(x ast.Expr) bool { return w.m.obj(x) == w.b.Err }
	others := orm.All &^ orm.NotFound
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn, isFn := orm.Callee(info, x).(*types.Func); isFn && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "Is" &&
			len(x.Args) == 2 && isErr(x.Args[0]) && target(x.Args[1]) {
			return orm.NotFound, others, true
		}
	case *ast.BinaryExpr:
		if (x.Op == token.EQL || x.Op == token.NEQ) && (isErr(x.X) && target(x.Y) || isErr(x.Y) && target(x.X)) {
			if x.Op == token.EQL {
				return orm.NotFound, others, true
			}
			return others, orm.NotFound, true
		}
	}
	return 0, 0, false
}

// errTest answers a call of the user's error-test function (an
// ErrTestFact) with the lookup's error.
func (w *walker) errTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	c, isCall := ast.Unparen(e).(*ast.CallExpr)
	if !isCall || len(c.Args) != 1 || w.b.Err == nil || w.m.obj(c.Args[0]) != w.b.Err {
		return 0, 0, false
	}
	fn, isFunc := orm.Callee(w.m.pass.TypesInfo, c).(*types.Func)
	if !isFunc {
		return 0, 0, false
	}
	var fact ErrTestFact
	if !w.m.pass.ImportObjectFact(fn, &fact) || fact.ORM != w.m.a.Name() {
		return 0, 0, false
	}
	return fact.WhenTrue, fact.WhenFalse, true
}

// creates looks for a create of the lookup's model in n. It ends the walk
// when it finds one, and records a site when only a missing row leads there.
func (w *walker) creates(n ast.Node, reach orm.Outcome, rest []ast.Stmt) bool {
	var c *orm.Create
	ast.Inspect(n, func(x ast.Node) bool {
		if c != nil {
			return false
		}
		if call, ok := x.(*ast.CallExpr); ok && call != w.b.Lookup.Call {
			if cr := w.m.ormCreate(call); cr != nil && cr.MayUpdate && w.m.callersRow(cr.Arg) {
				// Save of a row the caller passed in updates it: not a create.
			} else if cr != nil && (w.b.Lookup.Model == nil || sameModel(cr.Model, w.b.Lookup.Model)) {
				c = cr
			} else if cr == nil && w.b.Lookup.Model == nil {
				c = w.m.viaCreateAny(call)
			} else if cr == nil {
				// A helper that creates only on some outcome comes first:
				// it may also count as a plain create.
				if c = w.m.viaErrArg(call, w.b); c != nil {
					reach &= orm.NotFound // the helper creates only then
				} else if c = w.m.viaValueArg(call, w.b); c != nil {
					reach &= orm.NotFound | orm.Failed // the helper creates on a nil or zero row
				} else {
					c = w.m.viaCreate(call, w.b.Lookup.Model, w.b.Lookup.Entity)
				}
			}
		}
		return true
	})
	if c == nil {
		return false
	}
	w.done = true
	if w.onCreate != nil {
		w.onCreate(c, reach)
		return true
	}
	if w.sharedSave(c, reach) {
		// One Save after the branches (paopao-ce's thumbs up): an
		// update of the row found, an insert of the new row otherwise.
		reach &^= orm.Found
		w.shared = true
	}
	switch {
	case c.Atomic, w.m.seen[c.Call] && !w.m.otherKey(c.Call, w.b.Lookup), !reach.Has(orm.NotFound), w.m.serialized(w.b.Lookup.Call), w.afterLoop && !c.Batch:
	case reach.Has(orm.Found) && w.b.Lookup.Kind != orm.InitLookup && !w.afterLoop:
	case w.handlesConflict(rest), w.m.retried(c.Call, w.b.Lookup.Call.Pos()), w.m.rereads(c, w.b.Lookup):
	default:
		w.m.site(w, c, reach)
	}
	return true
}

// sharedSave reports a Save of the lookup's destination, reached on the
// found path and on others, where every other path gave the destination
// a new row:
//
//	err := db.Where(...).Take(row).Error
//	if err == nil {
//		row.IsThumbsUp = 1 - row.IsThumbsUp
//	} else {
//		row = &Thumbs{UserID: u, TweetID: t, IsThumbsUp: 1}
//	}
//	db.Save(row)
func (w *walker) sharedSave(c *orm.Create, reach orm.Outcome) bool {
	if !c.MayUpdate || !reach.Has(orm.Found) || w.b.Dest == nil || c.Arg == nil || w.m.destObj(c.Arg) != w.b.Dest {
		return false
	}
	rest := reach &^ orm.Found
	return rest != 0 && w.freshOn&rest == rest
}

func (w *walker) handlesConflict(stmts []ast.Stmt) bool {
	for _, s := range stmts {
		if w.m.a.HandlesConflict(w.m.pass.TypesInfo, s) || callsConflictTest(w.m.pass, s) {
			return true
		}
	}
	return false
}

// rebindsDest reports whether s assigns the lookup's destination variable.
// freshRow reports an assignment, only where no row was found, of a new
// record without its primary key to the lookup's destination:
//
//	if cfg == nil { cfg = &T{CreateTime: now} }
//	...
//	if cfg.Id > 0 { update } else { create }
//
// A later test of the primary key still tells the outcomes apart: the
// found row has one, the new record does not (one shared save after
// branches).
func (w *walker) freshRow(s ast.Stmt, reach orm.Outcome) bool {
	if reach.Has(orm.Found) {
		return false
	}
	as, ok := s.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	x := ast.Unparen(as.Rhs[0])
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	cl, ok := x.(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, e := range cl.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return false
		}
		if id, ok := kv.Key.(*ast.Ident); ok && w.isPrimaryField(id.Name) {
			return false
		}
	}
	return true
}

func (w *walker) rebindsDest(s ast.Stmt) bool {
	as, ok := s.(*ast.AssignStmt)
	if !ok || w.b.Dest == nil {
		return false
	}
	for _, lhs := range as.Lhs {
		if o := w.m.obj(lhs); o != nil && o == w.b.Dest {
			return true
		}
	}
	return false
}

// rebinds reports whether s overwrites the variables the lookup's result lives in.
func (w *walker) rebinds(s ast.Stmt) bool {
	as, ok := s.(*ast.AssignStmt)
	if !ok {
		return false
	}
	for _, lhs := range as.Lhs {
		if o := w.m.obj(lhs); o != nil && (o == w.b.Err || o == w.b.Result || o == w.b.Count) {
			return true
		}
	}
	return false
}

// terminates reports calls that do not return: panic, os.Exit, log.Fatal*.
func (w *walker) terminates(s ast.Stmt) bool {
	es, ok := s.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return false
	}
	switch obj := w.m.pass.TypesInfo.Uses[id].(type) {
	case *types.Builtin:
		return obj.Name() == "panic"
	case *types.Func:
		if obj.Pkg() == nil {
			return false
		}
		switch obj.Pkg().Path() + "." + obj.Name() {
		case "os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln":
			return true
		}
	}
	return false
}

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
	if w.foundExit != nil && m.isErrorExit(w.foundExit, w.b) {
		fd.Kind = KindExistsThenCreate
		site.FoundExit = w.foundExit
	}
	if l.Kind == orm.InitLookup && reach.Has(orm.Found) {
		fd.Kind = KindFirstOrInit
	}
	if (w.updates || m.updatesLater(l, w.b, c.Call)) && fd.Kind == KindFindThenCreate && !c.MayUpdate || w.shared {
		fd.Kind = KindUpsert
	}
	site.SharedSave = w.shared
	if l.Updates {
		fd.Kind = KindUpdateThenCreate
	}
	m.seen[c.Call] = true
	if m.keys == nil {
		m.keys = map[*ast.CallExpr][]string{}
	}
	m.keys[c.Call] = append(m.keys[c.Call], strings.Join(dedupe(l.Key), ","))
	fd.Site = site
	m.gate(fd)
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
					if other := m.lookup(call); other != nil && other.Model != nil && sameModel(other.Model, l.Model) && other.Kind != orm.CreatingLookup && !other.Updates && !otherColumns(l, other) {
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

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// resolve implements orm.Resolver for the file: a variable defined once
// (x := e or var x = e) and never assigned again.
func (m *matcher) resolve(e ast.Expr) ast.Expr {
	if call, ok := e.(*ast.CallExpr); ok {
		return m.passedQuery(call)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	if m.defs == nil {
		m.defs = map[types.Object]ast.Expr{}
		info := m.pass.TypesInfo
		reassigned := map[types.Object]bool{}
		// A variable declared with no value (a named result, var x T)
		// and assigned once (info = &T{}): that assignment defines it.
		once := map[types.Object]ast.Expr{}
		assigns := map[types.Object]int{}
		ast.Inspect(m.file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					lid, ok := l.(*ast.Ident)
					if !ok {
						continue
					}
					if obj := info.Defs[lid]; obj != nil && n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
						m.defs[obj] = n.Rhs[i]
					} else if obj := info.Uses[lid]; obj != nil {
						reassigned[obj] = true
						assigns[obj]++
						if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
							once[obj] = n.Rhs[i]
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range n.Names {
					if obj := info.Defs[name]; obj != nil && len(n.Values) == len(n.Names) {
						m.defs[obj] = n.Values[i]
					}
				}
			}
			return true
		})
		for obj := range reassigned {
			delete(m.defs, obj)
		}
		for obj, e := range once {
			if v, ok := obj.(*types.Var); ok && assigns[obj] == 1 && !v.IsField() && v.Kind() != types.ParamVar && v.Kind() != types.RecvVar && v.Parent() != v.Pkg().Scope() {
				if _, defined := m.defs[obj]; !defined && !declaredWithValue(m.file, info, v) {
					if m.onceDefs == nil {
						m.onceDefs = map[types.Object]ast.Expr{}
					}
					m.onceDefs[obj] = e
				}
			}
		}
	}
	obj := m.pass.TypesInfo.Uses[id]
	if e, ok := m.onceDefs[obj]; ok && e.End() < id.Pos() && m.outerFunc(e.Pos()) == m.outerFunc(id.Pos()) {
		return e // info = &T{}, then a use of info after it
	}
	return m.defs[obj]
}

// passedQuery returns the argument a call of a function of the package
// hands back as its result with only loading, ordering or narrowing
// added (func withUserEagerLoading(ctx context.Context, q *ent.UserQuery)
// *ent.UserQuery { return q.WithGroup() }), or nil: its rows are the
// argument's, or fewer.
func (m *matcher) passedQuery(call *ast.CallExpr) ast.Expr {
	info := m.pass.TypesInfo
	fn := callee(info, call)
	if fn == nil || fn.Pkg() != m.pass.Pkg || call.Ellipsis.IsValid() {
		return nil
	}
	fd := declOf(m.pass, fn)
	if fd == nil || fd.Body == nil || len(fd.Body.List) != 1 {
		return nil
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	x := ast.Unparen(ret.Results[0])
	want := info.TypeOf(x)
	for {
		c, ok := x.(*ast.CallExpr)
		if !ok {
			break
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		if !types.Identical(info.TypeOf(sel.X), want) && m.newQuery(c, fd) {
			// the helper starts the query itself, from a client
			// (func (r *repo) queryMembership(...) *ent.MembershipQuery {
			// return r.client.Membership.Query().Where(...) }): its
			// predicates are the caller's key
			return ret.Results[0]
		}
		switch name := sel.Sel.Name; {
		case strings.HasPrefix(name, "With"), name == "Order", name == "Limit", name == "Offset", name == "Unique",
			name == "Where", name == "ForUpdate", name == "ForShare", name == "Clone":
		default:
			return nil
		}
		x = ast.Unparen(sel.X)
	}
	id, ok := x.(*ast.Ident)
	if !ok {
		return nil
	}
	i, ok := paramIndex(info, fd)[info.Uses[id]]
	if !ok || i < 0 || i >= len(call.Args) {
		return nil
	}
	return call.Args[i]
}

// newQuery reports whether c, the root of a query chain in fd, starts a
// query of an ent client (client.User.Query()), with no argument that is
// not a constant.
func (m *matcher) newQuery(c *ast.CallExpr, fd *ast.FuncDecl) bool {
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	return ok && sel.Sel.Name == "Query" && len(c.Args) == 0 && m.a.Name() == "ent"
}

// declOf returns the declaration of a function of the pass's package.
func declOf(pass *analysis.Pass, fn *types.Func) *ast.FuncDecl {
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && pass.TypesInfo.Defs[fd.Name] == fn {
				return fd
			}
		}
	}
	return nil
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
func (m *matcher) uniqueOn(l *orm.Lookup) bool {
	if l.Model == nil || len(l.Key) == 0 {
		return false
	}
	for _, k := range m.a.UniqueKeys(m.pass.Fset, l.Model) {
		if !k.Partial && subset(k.Columns, dedupe(l.Key)) {
			return true
		}
	}
	return false
}

// otherKey reports whether the create was claimed only by sites on keys
// other than l's, all known.
func (m *matcher) otherKey(create *ast.CallExpr, l *orm.Lookup) bool {
	claimed, ok := m.keys[create]
	if !ok || len(l.Key) == 0 || l.KeyErr != "" {
		return false
	}
	k := strings.Join(dedupe(l.Key), ",")
	for _, c := range claimed {
		if c == "" || c == k {
			return false
		}
	}
	return true
}

// otherColumns reports whether two lookups of a model are known to match
// other columns (a count of a user's devices before inserting one
// device): the second does not re-check the first's key.
func otherColumns(a, b *orm.Lookup) bool {
	if len(a.Key) == 0 || len(b.Key) == 0 || a.KeyErr != "" || b.KeyErr != "" {
		return false
	}
	return !sameSet(dedupe(a.Key), dedupe(b.Key))
}

// declaredWithValue reports whether v's declaration in file gives it a
// value (x := e, var x = e), so that a later assignment is a second one.
func declaredWithValue(file *ast.File, info *types.Info, v *types.Var) bool {
	found := false
	ast.Inspect(file, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && info.Defs[id] == v {
						found = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				if info.Defs[id] == v && len(n.Values) > 0 {
					found = true
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, ok := e.(*ast.Ident); ok && info.Defs[id] == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// guardErrTest answers err != nil and err == nil for a uniqueness check
// (ErrWhenFound), whose error is nil exactly when no row matched.
func (w *walker) guardErrTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	be, isBin := ast.Unparen(e).(*ast.BinaryExpr)
	if !w.b.Lookup.ErrWhenFound || w.b.Err == nil || !isBin {
		return 0, 0, false
	}
	x, y := be.X, be.Y
	if w.m.obj(y) == w.b.Err {
		x, y = y, x
	}
	if w.m.obj(x) != w.b.Err || !w.m.pass.TypesInfo.Types[y].IsNil() {
		return 0, 0, false
	}
	switch be.Op {
	case token.EQL:
		return orm.NotFound, orm.Found | orm.Failed, true
	case token.NEQ:
		return orm.Found | orm.Failed, orm.NotFound, true
	}
	return 0, 0, false
}

// isErrorType reports the type error itself.
func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}
