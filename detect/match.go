package detect

import (
	"go/ast"
	"slices"
	"strings"

	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/astutil"

	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
)

// matcher finds the sites of one adapter in one file.
type matcher struct {
	defs map[types.Object]ast.Expr // single definitions of local variables (resolve)
	// onceDefs: variables declared with no value and assigned once; the
	// assignment defines them for uses after it (resolve)
	onceDefs map[types.Object]ast.Expr
	// assigned holds the assignments of string variables assigned more
	// than once (resolve, dominatingDef).
	assigned map[types.Object][]*ast.AssignStmt
	pass     *analysis.Pass
	a        orm.Adapter
	file     *ast.File
	found    []*Finding
	seen     map[*ast.CallExpr]bool // creates already claimed by a site
	// keys are the keys of the sites that claimed each create: a second
	// lookup of another unique key guarding the same create (a phone,
	// then an e-mail, before one insert) is a race of its own.
	keys map[*ast.CallExpr][]claim
	ef   *effects
	// sqlParams: lookups whose SQL is a variable (orm.Lookup.SQL) are
	// seen, to summarize the helper that runs them.
	sqlParams bool
	// handed: lookups on a query a *gorm.DB parameter hands in, with no
	// model of their own, are seen, to summarize the helper that runs
	// them (handed.go).
	handed bool
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
		m.elseIfs(stmts, i)
		b := m.bind(s)
		choice := false
		if b == nil {
			b = m.bindChoice(s)
			choice = b != nil
		}
		if b == nil {
			continue
		}
		w := &walker{m: m, b: b, label: m.labelStart(stmts, i, b.Dest, b.Lookup.Model)}
		after := orm.All
		switch s := s.(type) {
		case *ast.IfStmt:
			if !choice {
				after = w.ifStmt(s, orm.All)
			}
		case *ast.SwitchStmt:
			after = w.switchStmt(s, orm.All)
		}
		m.walkOn(w, stmts, i, after)
	}
}

// walkOn follows the outcomes that leave stmts[i], the lookup's
// statement, through the statements after it and the blocks around.
func (m *matcher) walkOn(w *walker, stmts []ast.Stmt, i int, after orm.Outcome) {
	if !w.done && after != 0 {
		after = w.region(stmts[i+1:], after)
		m.climb(w, stmts[i], after)
	}
	if w.dead != nil {
		m.deadTest(w)
	}
}

// elseIfs walks a lookup in the condition (or init) of an else-if of
// the if statement stmts[i]: the branches before it were not taken,
// and what leaves it goes on after the whole if.
//
//	if m.UID != "" {
//		return m, nil
//	} else if db.Where("file_uid = ?", f).First(&r).Error == nil {
//		return &r, nil
//	} else if err := m.Create(); err != nil {
func (m *matcher) elseIfs(stmts []ast.Stmt, i int) {
	is, ok := stmts[i].(*ast.IfStmt)
	if !ok {
		return
	}
	for e, ok := is.Else.(*ast.IfStmt); ok; e, ok = e.Else.(*ast.IfStmt) {
		b := m.bind(e)
		if b == nil {
			continue
		}
		w := &walker{m: m, b: b, label: m.labelStart(stmts, i, b.Dest, b.Lookup.Model)}
		m.walkOn(w, stmts, i, w.ifStmt(e, orm.All))
		return
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
	fd.Via = vias(l, c)
	if stmts, i := m.listAt(call); stmts != nil {
		fd.Site.Label = m.labelStart(stmts, i, fd.Site.Binding.Dest, l.Model)
	}
	m.gate(fd)
	if fd.fresh {
		return
	}
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

// errAlias reads `if err := res.Error; ...` after `res := q.First(&u)`:
// the if's err is b's error. It is scoped to that if, so b keeps it.
func (m *matcher) errAlias(init ast.Stmt, b *orm.Binding) {
	as, ok := init.(*ast.AssignStmt)
	if !ok || b == nil || b.Err != nil || b.Result == nil || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return
	}
	if sel, ok := ast.Unparen(as.Rhs[0]).(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" && m.obj(sel.X) == b.Result {
		b.Err = m.obj(as.Lhs[0])
	}
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
	if l := m.mappedLookup(call); l != nil {
		return l
	}
	if l := m.rowReaderLookup(call); l != nil {
		return l
	}
	var l *orm.Lookup
	if r, ok := m.a.(orm.LookupResolver); ok && m.file != nil {
		l = r.LookupResolved(m.pass.TypesInfo, call, m.resolve)
		if l == nil {
			l = m.handedLookup(call)
		}
	} else {
		l = m.a.Lookup(m.pass.TypesInfo, call)
	}
	if l != nil && l.SQL != nil && !m.sqlParams {
		return nil // its table is its callers' to say
	}
	if l != nil && l.KeyErr == orm.NoConditions && m.condsAddedLater(call) {
		l.KeyErr = "the lookup's conditions are added to its query variable in branches (db = db.Where(...)), which upsertfix does not follow, so its key is unknown"
	}
	return l
}

// addsConds reports an assignment that calls Where, Or, Not or Scopes.
func addsConds(as *ast.AssignStmt) bool {
	adds := false
	for _, r := range as.Rhs {
		ast.Inspect(r, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok {
					switch sel.Sel.Name {
					case "Where", "Or", "Not", "Scopes":
						adds = true
					}
				}
			}
			return !adds
		})
	}
	return adds
}

// condsAddedLater reports a lookup whose chain starts at a variable the
// function assigns again (if id > 0 { db = db.Where("id = ?", id) } else
// { db = db.Where("username = ?", name) }; db.First(&user)): conditions
// upsertfix does not see, not none.
func (m *matcher) condsAddedLater(call *ast.CallExpr) bool {
	v := chainRoot(m.pass.TypesInfo, call)
	if _, isVar := v.(*types.Var); !isVar {
		return false
	}
	fd := enclosingDecl(m.pass, call.Pos())
	if fd == nil || fd.Body == nil {
		return false
	}
	found := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN && as.Pos() < call.Pos() {
			for _, l := range as.Lhs {
				if lid, ok := ast.Unparen(l).(*ast.Ident); ok && m.pass.TypesInfo.Uses[lid] == v && addsConds(as) {
					found = true
				}
			}
		}
		return !found
	})
	return found
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
	b := m.bindStmt(s)
	if b != nil && b.Lookup.Updates && b.Lookup.Kind == orm.CountLookup && b.Count == nil {
		return nil // an update whose row count is dropped says nothing of a row (xorm's _, err = x.ID(id).Update(&T{}))
	}
	return b
}

// bindStmt is bind for each kind of statement.
func (m *matcher) bindStmt(s ast.Stmt) *orm.Binding {
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
		if s.Tag == nil {
			// switch { case store.CategoryTitleExists(u, t): ...; default: create }
			for _, st := range s.Body.List {
				for _, e := range st.(*ast.CaseClause).List {
					if b := m.bindInPlace(e); b != nil {
						return b
					}
				}
			}
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
	if sel, ok := rhs.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Error" || sel.Sel.Name == "RowsAffected") && len(as.Lhs) == 1 {
		call, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return nil
		}
		l := m.lookup(call)
		if l == nil {
			return nil
		}
		b := m.newBinding(l)
		if sel.Sel.Name == "RowsAffected" {
			b.Count = m.obj(as.Lhs[0]) // n := q.First(&u).RowsAffected: 0 when not found or failed
		} else {
			b.Err = m.obj(as.Lhs[0])
		}
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
	case l.ErrWhenFound && l.Verdict > 0 && len(as.Lhs) >= l.Verdict: // msg, ok := abcr.CheckForm(t)
		b.Err = m.obj(as.Lhs[l.Verdict-1])
	case l.ErrWhenFound && len(as.Lhs) == 1: // err := ensureUnique(ctx, name)
		b.Err = m.obj(as.Lhs[0])
	case l.ErrWhenFound && l.Verdict == 0 && len(as.Lhs) == 2: // _, err := m.CheckUsernameExist(name)
		b.Err = m.obj(as.Lhs[1])
	case l.Kind == orm.ExistLookup && len(as.Lhs) == 2: // ok, err := q.Exist(ctx)
		b.Count, b.Err = m.obj(as.Lhs[0]), m.obj(as.Lhs[1])
	case l.Kind == orm.ExistLookup && len(as.Lhs) == 1 && isBool(m.pass.TypesInfo.TypeOf(call)): // ok := object.HasNode(id)
		b.Count = m.obj(as.Lhs[0])
	case l.Kind == orm.ExistLookup && len(as.Lhs) == 3: // row, exist, err := repo.GetByName(ctx, n)
		b.Dest, b.Count, b.Err = m.obj(as.Lhs[0]), m.obj(as.Lhs[1]), m.obj(as.Lhs[2])
	case l.Kind == orm.CountLookup && l.Dest == nil && len(as.Lhs) == 2: // n, err := x.Count(&T{}) (xorm)
		b.Count, b.Err = m.obj(as.Lhs[0]), m.obj(as.Lhs[1])
	case l.Dest == nil && len(as.Lhs) == 2: // v, err := gorm.G[T](db).First(ctx)
		b.Dest, b.Err = m.obj(as.Lhs[0]), m.obj(as.Lhs[1])
	case l.Kind == orm.ValueLookup && l.Dest == nil && len(as.Lhs) > 2: // target, fave, errWithCode := p.getFaveableStatus(...)
		b.Dest, b.Err = m.modelLHS(as.Lhs[:len(as.Lhs)-1], l.Model), m.obj(as.Lhs[len(as.Lhs)-1])
		if b.Dest == nil && l.Via != "" {
			// localpart, _, err := SelectLocalpartForThreePID(...): the
			// first of a getter's columns, zero when no row matched
			if v, ok := m.obj(as.Lhs[0]).(*types.Var); ok {
				if _, basic := v.Type().Underlying().(*types.Basic); basic {
					b.Dest = v
				}
			}
		}
	case len(as.Lhs) == 1 && (l.Kind == orm.ValueLookup || l.Kind == orm.RowsLookup && l.Via != "") && l.Dest == nil:
		// u := repo.Find(db, id), nil when missing; list := repo.All(db)
		b.Dest = m.obj(as.Lhs[0])
	case len(as.Lhs) == 1 && isErrorType(m.pass.TypesInfo.TypeOf(call)): // err := row.Scan(&id) (SQL)
		b.Err = m.obj(as.Lhs[0])
	case len(as.Lhs) == 1:
		b.Result = m.obj(as.Lhs[0])
	}
	return b
}

// modelLHS returns the object of the one expression of lhs whose type is
// model or a pointer to it, or nil.
func (m *matcher) modelLHS(lhs []ast.Expr, model *types.Named) types.Object {
	var found types.Object
	for _, x := range lhs {
		if v, ok := m.obj(x).(*types.Var); ok && sameModel(orm.StructOf(v.Type()), model) {
			if found != nil {
				return nil
			}
			found = v
		}
	}
	return found
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

var errorType = orm.ErrorInterface

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
		stmts := map[types.Object][]*ast.AssignStmt{} // every assignment of each variable
		ast.Inspect(m.file, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					lid, ok := l.(*ast.Ident)
					if !ok {
						continue
					}
					if obj := info.ObjectOf(lid); obj != nil {
						stmts[obj] = append(stmts[obj], n)
					}
					if obj := info.Defs[lid]; obj != nil && n.Tok == token.DEFINE && len(n.Lhs) == len(n.Rhs) {
						m.defs[obj] = n.Rhs[i]
					} else if obj != nil && n.Tok == token.DEFINE && i == 0 && len(n.Rhs) == 1 && sqlorm.IsRows(info.TypeOf(n.Rhs[0])) {
						m.defs[obj] = n.Rhs[0] // rows, err := db.Query(...)
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
			if def, ok := m.defs[obj]; ok && isString(info.TypeOf(def)) {
				// SQL text assigned again (nakama's query := "SELECT
				// ...", later query = "INSERT ..."): dominatingDef
				if m.assigned == nil {
					m.assigned = map[types.Object][]*ast.AssignStmt{}
				}
				m.assigned[obj] = stmts[obj]
			}
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
	if as := m.assigned[obj]; as != nil {
		return m.dominatingDef(as, id)
	}
	if e, ok := m.onceDefs[obj]; ok && e.End() < id.Pos() && m.outerFunc(e.Pos()) == m.outerFunc(id.Pos()) {
		return e // info = &T{}, then a use of info after it
	}
	return m.defs[obj]
}

// dominatingDef returns the value the last assignment of a variable
// before its use id gives it, when that assignment is a statement of a
// block around the use (so it runs on every path to it), assigns only
// that value (x = "..." or x := "..."), and no assignment of the
// variable in a loop around the use comes after it; nil otherwise.
func (m *matcher) dominatingDef(as []*ast.AssignStmt, id *ast.Ident) ast.Expr {
	var last *ast.AssignStmt
	for _, a := range as {
		if a.End() < id.Pos() && (last == nil || a.Pos() > last.Pos()) {
			last = a
		}
	}
	if last == nil || len(last.Lhs) != 1 || len(last.Rhs) != 1 || (last.Tok != token.ASSIGN && last.Tok != token.DEFINE) {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(m.file, id.Pos(), id.End())
	dominates := false
	for _, p := range path {
		switch p := p.(type) {
		case *ast.BlockStmt:
			dominates = dominates || slices.Contains(p.List, ast.Stmt(last))
		case *ast.CaseClause:
			dominates = dominates || slices.Contains(p.Body, ast.Stmt(last))
		case *ast.ForStmt, *ast.RangeStmt:
			if p.Pos() > last.Pos() {
				// a loop around the use that the assignment is
				// outside of: no other assignment inside it
				for _, a := range as {
					if a != last && a.Pos() >= p.Pos() && a.End() <= p.End() {
						return nil
					}
				}
			}
		case *ast.FuncLit, *ast.FuncDecl:
			if !dominates {
				return nil
			}
			return last.Rhs[0]
		}
	}
	if !dominates {
		return nil
	}
	return last.Rhs[0]
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

// isErrorType reports the type error itself.
func isErrorType(t types.Type) bool { return orm.IsErrorType(t) }

// isString reports a type whose underlying type is string.
func isString(t types.Type) bool {
	b, ok := under(t).(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
