package detect

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
)

// The walk: a walker follows one lookup through the statements after
// it, tracking which of its outcomes (found, not found, failed) can reach
// each point, and hands a create reached without the row to site.go.
// The conditions it understands are in this file, values.go (the looked-
// up value itself), conds.go, errleaves.go and the adapters' Cond.

// walker follows one lookup through the statements after it, tracking
// which outcomes of the lookup can reach each point.
type walker struct {
	m *matcher
	// conflict: the insert's unique violation is caught and answered
	// with an error (conflictAnswer), for the site being reported
	conflict *ast.IfStmt
	b        *orm.Binding
	done     bool
	stale    bool // the lookup's variables were overwritten
	// countStale: the flag or count the lookup filled was overwritten
	// too (not only its error)
	countStale bool
	foundExit  *ast.BlockStmt
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
	// cleared: the not-found error was dropped (if errors.Is(err,
	// sql.ErrNoRows) { err = nil }): err is nil when found or not found.
	cleared bool
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
	// zero, in a summary for callers that pass 0 or nil for it, is a
	// parameter taken to be that (boolExistsWith).
	zero *types.Var
	// afterLoop: the walk left a loop around the lookup; only a batch
	// create can be the one the lookups decided.
	afterLoop bool
	// flags maps a local bool, false before the lookup, to the outcomes
	// under which it was set to true (newUser = true where the row was
	// missing), so that a later if newUser { create } is followed; or
	// one true before the lookup to the outcomes under which it was not
	// cleared (createRequired = false where the row exists).
	flags map[types.Object]orm.Outcome
	// unsure counts the branches being walked that a path may or may not
	// take whatever the lookup found (if !allowed(role), a loop's body):
	// a flag set there is set on some paths of those outcomes only, and
	// says nothing of the lookup (unsureFlags).
	unsure      int
	unsureFlags map[types.Object]bool
	// rowTest is the test of the found row that splits Found into
	// FoundIf and FoundElse (rowCond), "" before one is seen.
	rowTest string
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
	effect, nw, stale, countStale := w.effect, len(w.writes), w.stale, w.countStale
	after := walk()
	if after == 0 && !w.done {
		w.effect, w.writes, w.stale, w.countStale = effect, w.writes[:nw], stale, countStale
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
		if w.clearsNotFound(s, reach) {
			w.cleared = true
			return reach
		}
		w.m.errAlias(s.Init, w.b)
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
		w.unsure++
		w.branch(func() orm.Outcome { return w.clause(s.Body.List, reach) }) // a loop may run zero times: reach goes on
		w.unsure--
		return reach
	case *ast.RangeStmt:
		w.notFoundPath(s.X, reach)
		w.unsure++
		w.branch(func() orm.Outcome { return w.clause(s.Body.List, reach) })
		w.unsure--
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
	w.definesFlag(s)
	w.notFoundPath(s, reach)
	w.foundPath(s, reach)
	if w.rebinds(s) {
		// err now holds something else: the outcomes that reach this point
		// stay, but later tests of err say nothing about the lookup.
		w.stale = true
		w.countStale = w.countStale || w.assigns(s, w.b.Count)
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
	if reach&t == reach && reach&f == reach {
		// the condition does not follow from the lookup's outcome
		w.unsure++
		defer func() { w.unsure-- }()
	}
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
	if tv := w.m.pass.TypesInfo.Types[e]; tv.Value != nil && tv.Value.Kind() == constant.Bool {
		if constant.BoolVal(tv.Value) {
			return orm.All, 0 // return true, nil
		}
		return 0, orm.All
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
		if id, ok := ast.Unparen(e).(*ast.Ident); ok && !w.countStale && w.b.Count != nil && w.m.obj(id) == w.b.Count {
			// the flag xorm's Get filled (if exist { update } else
			// { insert }, after meta, err := f(entity, exist))
			if t, f, ok := w.m.a.Cond(w.m.pass.TypesInfo, e, w.b); ok {
				return failedFound(w.b.Lookup, t, f)
			}
		}
		return orm.All, orm.All
	}
	if t, f, ok := w.m.a.Cond(w.m.pass.TypesInfo, e, w.b); ok {
		t, f = failedFound(w.b.Lookup, t, f)
		if t == 0 && w.dead == nil {
			w.dead = e // a not-found test this lookup can never satisfy
		}
		return w.uncleared(e, t, f)
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
	if t, f, ok := w.emptyTest(e); ok {
		return t, f
	}
	// a call of an exists helper (an ExistLookup through a fact), tested in place
	if w.b.Expr != nil && w.b.Lookup.Kind == orm.ExistLookup && w.b.Lookup.Via != "" && ast.Unparen(e) == ast.Unparen(w.b.Expr) {
		if w.b.Lookup.FailedFound {
			return orm.Found | orm.Failed, orm.NotFound
		}
		return orm.Found, orm.NotFound | orm.Failed
	}
	return w.rowCond(e)
}

// failedFound moves the failed outcome to the side of a test that holds
// when the row was found, for a lookup function that never lets a failed
// query reach its caller as not-found (LookupFact.FailedFound: it
// panics, or answers "found"): ok := HasNode(id); if ok {...}.
func failedFound(l *orm.Lookup, t, f orm.Outcome) (orm.Outcome, orm.Outcome) {
	if !l.FailedFound {
		return t, f
	}
	switch {
	case t.Has(orm.Found) && !t.Has(orm.NotFound):
		return t | orm.Failed, f &^ orm.Failed
	case f.Has(orm.Found) && !f.Has(orm.NotFound):
		return t &^ orm.Failed, f | orm.Failed
	}
	return t, f
}

// rowCond splits the found outcome by a test of the found row that
// says nothing of whether it was found (b.ExpiredAt <= now): true on
// FoundIf, false on FoundElse. One such test per walk is followed (the
// same one again, or its negation, splits the same way); others are
// unknown.
func (w *walker) rowCond(e ast.Expr) (t, f orm.Outcome) {
	// (a lookup of no key, the latest migration say, is compared
	// with other data rather than tested for a row)
	if w.b.Dest == nil || w.b.Lookup.KeyErr == orm.NoConditions || !w.readsDest(e) {
		return orm.All, orm.All
	}
	s := types.ExprString(e)
	if w.rowTest == "" {
		w.rowTest = s
	}
	if s != w.rowTest {
		return orm.All, orm.All
	}
	rest := orm.NotFound | orm.Failed
	return rest | orm.FoundIf, rest | orm.FoundElse
}

// readsDest reports whether e reads fields or methods of the lookup's
// destination, and uses it in no other way (ex == nil, len(rows) say
// whether a row was found: they are no test of the row).
func (w *walker) readsDest(e ast.Expr) bool {
	reads, ok := false, true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && w.m.pass.TypesInfo.Uses[id] == w.b.Dest {
				reads = true
				return false
			}
		case *ast.Ident:
			if w.m.pass.TypesInfo.Uses[n] == w.b.Dest {
				ok = false
			}
		case *ast.FuncLit:
			ok = false
		}
		return ok
	})
	return reads && ok
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
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return
	}
	set := constant.BoolVal(tv.Value)
	v, ok := w.m.obj(as.Lhs[0]).(*types.Var)
	if !ok || v.Pos() >= as.Pos() || !w.declaredAs(v, !set) {
		return
	}
	if w.unsure > 0 || w.unsureFlags[v] {
		// set on some paths only: the flag no longer tells the outcomes
		// apart
		if w.unsureFlags == nil {
			w.unsureFlags = map[types.Object]bool{}
		}
		w.unsureFlags[v] = true
		delete(w.flags, v)
		return
	}
	if w.flags == nil {
		w.flags = map[types.Object]orm.Outcome{}
	}
	if set {
		w.flags[v] |= reach
		return
	}
	// createRequired := true ... if exists { createRequired = false }
	if _, seen := w.flags[v]; !seen {
		w.flags[v] = orm.All
	}
	w.flags[v] &^= reach
}

// definesFlag records a local bool defined from a test of the lookup
// (enabledOnce := err == nil) and never assigned again: a later if
// enabledOnce { ... } tests the lookup.
func (w *walker) definesFlag(s ast.Stmt) {
	as, ok := s.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 || w.b.Lookup.Call == nil {
		return
	}
	v, ok := w.m.obj(as.Lhs[0]).(*types.Var)
	if !ok || !isBool(v.Type()) || w.m.pass.TypesInfo.Types[as.Rhs[0]].Value != nil {
		return
	}
	t, f := w.cond(as.Rhs[0])
	if t&f != 0 || t|f != orm.All || w.assignedAgain(v) {
		return
	}
	if w.flags == nil {
		w.flags = map[types.Object]orm.Outcome{}
	}
	w.flags[v] = t
}

// assignedAgain reports an assignment to v in the lookup's function
// besides its definition.
func (w *walker) assignedAgain(v *types.Var) bool {
	fn := w.m.outerFunc(w.b.Lookup.Call.Pos())
	if fn == nil {
		return true
	}
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok != token.DEFINE {
			for _, l := range as.Lhs {
				found = found || w.m.obj(l) == v
			}
		}
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND && w.m.obj(u.X) == v {
			found = true // &v
		}
		return !found
	})
	return found
}

// declaredFalse reports whether v is declared in the lookup's function
// with no value (var newUser bool) or as false (newUser := false), and
// not assigned anywhere else but to true.
func (w *walker) declaredFalse(v *types.Var) bool { return w.declaredAs(v, false) }

// declaredAs reports whether v is declared in the lookup's function as
// init (false: or with no value), and not assigned anywhere else but to
// !init.
func (w *walker) declaredAs(v *types.Var, init bool) bool {
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
				if info.Defs[id] == v && (i < len(n.Values) && !isBoolConst(info, n.Values[i], init) || i >= len(n.Values) && init) {
					ok = false
				}
			}
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if w.m.obj(l) != v {
					continue
				}
				if len(n.Rhs) != len(n.Lhs) || !(n.Tok == token.DEFINE && isBoolConst(info, n.Rhs[i], init) || n.Tok == token.ASSIGN && isBoolConst(info, n.Rhs[i], !init)) {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

// isBoolConst reports whether e is the constant b.
func isBoolConst(info *types.Info, e ast.Expr, b bool) bool {
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) == b
}

func isFalse(info *types.Info, e ast.Expr) bool { return isBoolConst(info, e, false) }

func isTrue(info *types.Info, e ast.Expr) bool { return isBoolConst(info, e, true) }

// sentinelTest answers a test of the lookup's error against the sentinel
// its function returns when no row matched: errors.Is(err, ErrUserNotFound),
// err == ErrUserNotFound, err != ErrUserNotFound.
func (w *walker) sentinelTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	if t, f, ok := w.kindTest(e); ok {
		return t, f, true
	}
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
	if name == "" && orm.IsErrorsIs(info, c) {
		name = isMethodTarget(w.m.pass, info.TypeOf(c.Args[1]))
	}
	if name == "" || name != w.b.Lookup.NotFoundType {
		return 0, 0, false
	}
	// the function returns the type only under its lookup's not-found
	// test (errorFlowsSentinel)
	return orm.NotFound, orm.All &^ orm.NotFound, true
}

// isMethodTarget returns the error type the Is method of t asserts its
// target to be (sftpgo's errors.Is(err, util.ErrNotFound), ErrNotFound a
// *RecordNotFoundError whose Is(target) is target.(*RecordNotFoundError)):
// errors.Is with a value of t then finds that type in the chain. "" when
// t has no such method.
func isMethodTarget(pass *analysis.Pass, t types.Type) string {
	if t == nil {
		return ""
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Is")
	fn, ok := obj.(*types.Func)
	if !ok {
		return ""
	}
	var fact ErrAsFact
	if !pass.ImportObjectFact(fn, &fact) || fact.Type != errTypeName(t) {
		return "" // (it must match values of its own type)
	}
	return fact.Type
}

// errorText returns e of e.Error(), for an error e; nil otherwise.
func errorText(info *types.Info, x ast.Expr) ast.Expr {
	c, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok || len(c.Args) != 0 {
		return nil
	}
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Error" {
		return nil
	}
	if t := info.TypeOf(sel.X); t == nil || !types.Implements(t, errorType) {
		return nil
	}
	return sel.X
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
		obj := orm.NameOf(info, x)
		return obj != nil && isTarget(obj)
	}
	isErr := func(x ast.Expr) bool { return w.m.obj(x) == w.b.Err }
	others := orm.All &^ orm.NotFound
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if orm.IsErrorsIs(info, x) && isErr(x.Args[0]) && target(x.Args[1]) {
			return orm.NotFound, others, true
		}
	case *ast.BinaryExpr:
		l, r := x.X, x.Y
		if lm, rm := errorText(info, l), errorText(info, r); lm != nil && rm != nil {
			l, r = lm, rm // err.Error() != ErrFilterNotFound.Error() (convoy)
		}
		if (x.Op == token.EQL || x.Op == token.NEQ) && (isErr(l) && target(r) || isErr(r) && target(l)) {
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
	if c = w.judgeSave(c, reach); c == nil {
		return false // walk on to the create of a missing row
	}
	if c.Via != "" && reach.Has(orm.Found) && reach.Has(orm.NotFound) && w.b.Lookup.Kind != orm.InitLookup && !w.afterLoop && w.onCreate == nil && !w.sharedSave(c, reach) {
		// a function that creates whatever the lookup found (a
		// location made for every imported row) is not the lookup's
		// create: walk on to the one it decides
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
	// the code's own test of the insert's unique violation, and that
	// test when every way out of it is an error (conflictAnswer)
	var answer *ast.IfStmt
	handled := w.handlesConflict(rest)
	if handled {
		answer = w.m.conflictAnswer(rest)
	}
	switch {
	case c.Atomic, w.m.seen[c.Call] && !w.m.otherKey(c.Call, w.b.Lookup), !reach.Has(orm.NotFound), w.m.serialized(w.b.Lookup.Call), w.afterLoop && !c.Batch:
	case reach.Has(orm.Found) && w.b.Lookup.Kind != orm.InitLookup && !w.afterLoop:
	case reach&orm.Found != 0 && strings.Contains(c.Via, checkedVia):
		// a found row reaches an upsert of its own (woodpecker's
		// PermUpsert after a staleness test of the permission found):
		// the lookup decides when to refresh, not whether to insert
	case handled && answer == nil, w.m.retried(c.Call, w.b.Lookup.Call.Pos()) && !w.m.notUnique(w.b.Lookup), w.m.rereads(c, w.b.Lookup):
	default:
		w.conflict = answer
		w.m.site(w, c, reach)
		w.conflict = nil
	}
	return true
}

// judgeSave returns c, a create the walk reached, as an insert when it
// is a Save of a row just built with no primary key set (GORM's Save
// then inserts), and nil when it is a Save of the row found, reached on
// the found path only (digger's UpsertRepoCache: if result.RowsAffected
// > 0 { ...; db.Save(&repoCache) } else {...}): an update.
func (w *walker) judgeSave(c *orm.Create, reach orm.Outcome) *orm.Create {
	if !c.MayUpdate {
		return c
	}
	if fd := enclosingDecl(w.m.pass, c.Call.Pos()); c.Via == "" && fd != nil && w.m.savesFreshRow(fd, c) {
		fresh := *c
		fresh.MayUpdate = false
		return &fresh
	}
	if reach&^orm.Failed == orm.Found && c.Arg != nil && w.b.Dest != nil && w.m.destObj(c.Arg) == w.b.Dest {
		return nil
	}
	return c
}

// conflictAnswer returns the branch that tests the insert's unique
// violation among stmts when every way out of it returns an error
// without looking anything up (nakama's AuthenticateCustom: "A
// concurrent write has inserted this custom ID", then an Internal
// error): the violation is caught, but the caller that loses gets an
// error where the serial run takes the found path. Nil when no such
// branch, or when it does more (a second lookup, a retry).
func (m *matcher) conflictAnswer(stmts []ast.Stmt) *ast.IfStmt {
	var found *ast.IfStmt
	var after []ast.Stmt // the statements after it, in its list
	var visit func(list []ast.Stmt)
	visit = func(list []ast.Stmt) {
		for i, s := range list {
			if found != nil {
				return
			}
			if is, ok := s.(*ast.IfStmt); ok && (m.a.HandlesConflict(m.pass.TypesInfo, is.Cond) || callsConflictTest(m.pass, is.Cond)) {
				found, after = is, list[i+1:]
				return
			}
			switch s := s.(type) {
			case *ast.IfStmt:
				visit(s.Body.List)
				if b, ok := s.Else.(*ast.BlockStmt); ok {
					visit(b.List)
				}
			case *ast.BlockStmt:
				visit(s.List)
			}
		}
	}
	visit(stmts)
	if found == nil || found.Else != nil || m.negatesConflict(found.Cond) {
		return nil
	}
	ok := true
	ast.Inspect(found.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BranchStmt, *ast.ForStmt, *ast.RangeStmt:
			ok = false
		case *ast.ReturnStmt:
			ok = ok && m.returnsNonNilErr(n)
		case *ast.CallExpr:
			if m.lookup(n) != nil {
				ok = false
			}
		}
		return ok
	})
	if !ok {
		return nil
	}
	if len(found.Body.List) > 0 && leaves(found.Body.List[len(found.Body.List)-1]) {
		return found
	}
	// it falls through: to a return of an error right after
	for _, s := range after {
		r, isRet := s.(*ast.ReturnStmt)
		if !isRet {
			if _, isExpr := s.(*ast.ExprStmt); isExpr {
				continue // logging
			}
			return nil
		}
		if m.returnsNonNilErr(r) {
			return found
		}
		return nil
	}
	return nil
}

// negatesConflict reports a condition that holds when the error is not
// a unique violation (err != nil && !errors.Is(err, ErrAlreadyExists)):
// its branch is every other failure, the violation being let through.
func (m *matcher) negatesConflict(cond ast.Expr) bool {
	neg := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.NOT && (m.a.HandlesConflict(m.pass.TypesInfo, u.X) || callsConflictTest(m.pass, u.X)) {
			neg = true
		}
		if be, ok := n.(*ast.BinaryExpr); ok && be.Op == token.NEQ && (m.a.HandlesConflict(m.pass.TypesInfo, be) || callsConflictTest(m.pass, be)) {
			neg = true // pgErr.Code != "23505"
		}
		return !neg
	})
	return neg
}

// returnsNonNilErr reports a return whose last result is an error other
// than a literal nil.
func (m *matcher) returnsNonNilErr(r *ast.ReturnStmt) bool {
	if len(r.Results) == 0 {
		return false
	}
	last := ast.Unparen(r.Results[len(r.Results)-1])
	if id, ok := last.(*ast.Ident); ok && id.Name == "nil" {
		return false
	}
	t := m.pass.TypesInfo.TypeOf(last)
	return t != nil && types.Implements(t, errorType)
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
	if rest != 0 && gormorm.V1(w.m.pass.TypesInfo, c.Call) {
		// GORM v1's Save of the row looked up: an UPDATE, then a
		// FirstOrCreate when it matched no row (gonic's ServeStar)
		return true
	}
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

func (w *walker) rebindsDest(s ast.Stmt) bool { return w.assigns(s, w.b.Dest) }

// assigns reports whether s assigns v.
func (w *walker) assigns(s ast.Stmt, v types.Object) bool {
	as, ok := s.(*ast.AssignStmt)
	if !ok || v == nil {
		return false
	}
	for _, lhs := range as.Lhs {
		if w.m.obj(lhs) == v {
			return true
		}
	}
	return false
}

// clearsNotFound reports if errors.Is(err, sql.ErrNoRows) { err = nil }:
// an if taken on not-found alone whose body only sets the lookup's error
// to nil, so that err != nil after it means the query failed.
func (w *walker) clearsNotFound(s *ast.IfStmt, reach orm.Outcome) bool {
	if s.Init != nil || s.Else != nil || len(s.Body.List) != 1 || w.b.Err == nil || w.stale || !reach.Has(orm.NotFound) {
		return false
	}
	as, ok := s.Body.List[0].(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 || w.m.obj(as.Lhs[0]) != w.b.Err || !w.m.pass.TypesInfo.Types[as.Rhs[0]].IsNil() {
		return false
	}
	t, _ := w.cond(s.Cond)
	return t&reach == orm.NotFound
}

// uncleared adjusts the outcomes t, f of e, when the not-found error
// was dropped (cleared) and e tests err against nil: not-found left err
// nil, so it goes with found.
func (w *walker) uncleared(e ast.Expr, t, f orm.Outcome) (orm.Outcome, orm.Outcome) {
	if !w.cleared || !w.errNilTest(e) {
		return t, f
	}
	if t&orm.Found != 0 {
		return t | orm.NotFound, f &^ orm.NotFound
	}
	return t &^ orm.NotFound, f | orm.NotFound
}

// errNilTest reports err == nil or err != nil of the lookup's error.
func (w *walker) errNilTest(e ast.Expr) bool {
	be, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || be.Op != token.EQL && be.Op != token.NEQ {
		return false
	}
	info := w.m.pass.TypesInfo
	return w.m.obj(be.X) == w.b.Err && info.Types[be.Y].IsNil() || w.m.obj(be.Y) == w.b.Err && info.Types[be.X].IsNil()
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

// guardErrTest answers err != nil and err == nil for a uniqueness check
// (ErrWhenFound), whose error is nil exactly when no row matched.
func (w *walker) guardErrTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	if !w.b.Lookup.ErrWhenFound || w.b.Err == nil {
		return 0, 0, false
	}
	if w.b.Lookup.VerdictBool {
		// if !ok { return }: ok says the check passed, no row
		if w.m.obj(e) == w.b.Err {
			return orm.NotFound, orm.Found | orm.Failed, true
		}
		return 0, 0, false
	}
	be, isBin := ast.Unparen(e).(*ast.BinaryExpr)
	if !isBin {
		return 0, 0, false
	}
	x, y := be.X, be.Y
	if w.m.obj(y) == w.b.Err {
		x, y = y, x
	}
	tv := w.m.pass.TypesInfo.Types[y]
	accept := tv.IsNil()
	if w.b.Lookup.Verdict > 0 {
		// if msg != "" { return }: the message says why the check failed
		accept = tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) == ""
	}
	if w.m.obj(x) != w.b.Err || !accept {
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

// notUnique reports a lookup whose columns are known and hold no unique
// key of its model, partial or not: a concurrent insert of the same
// values does not fail, so a retry after a failed insert (the fix of
// another lookup's race on the same create) does not handle this one's.
func (m *matcher) notUnique(l *orm.Lookup) bool {
	return l.KeyErr == "" && l.Entity == "" && l.Model != nil && len(l.Key) > 0 && !m.keyOn(l, true)
}
