package detect

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
)

// The summaries in this file compose: a function is a lookup when its
// body is a lookup of a function already summarized (in this package or
// an imported one), and says how its callers learn the row was not found.
// They repeat until nothing changes, so that repositories two or three
// calls down, in any declaration order, are followed:
//
//	func (s *Cnd) FindOne(db *gorm.DB, out any) error     // any-argument lookup
//	func (r *repo) FindOne(db, cnd) *T { if err := cnd.FindOne(db, &ret); err != nil { return nil }; return ret }
//	func (r *repo) Exists(db, a, b) bool { return r.FindOne(db, ...) != nil }
//	func (s *svc) IsLiked(a, b) bool { return repo.Exists(db, a, b) }

// anyKeyErr is the reason a lookup whose model and conditions its caller
// chooses has no known key.
const anyKeyErr = "the lookup's conditions are built by its caller (a condition object, query options), so its key is unknown"

// summarizeComposed exports the composed lookup facts of the package.
func summarizeComposed(pass *analysis.Pass, a orm.Adapter) {
	for changed := true; changed; {
		changed = false
		for fd, fn := range funcs(pass, false) {
			m := &matcher{pass: pass, a: a, file: fileOf(pass, fd), seen: map[*ast.CallExpr]bool{}}
			var have LookupFact
			var cf CreateFact
			if pass.ImportObjectFact(fn, &have) || pass.ImportObjectFact(fn, &cf) {
				continue
			}
			var f *LookupFact
			switch {
			case anyLookup(pass, a, fd, fn) > 0:
				f = anyLookupFact(pass, a, fd, fn)
			case pointerResult(fn) != nil:
				if f = m.valueLookup(fd, fn); f == nil {
					f = m.zeroLookup(fd, fn)
				}
			case valueResult(fn) != nil:
				f = m.zeroLookup(fd, fn)
			case boolResult(fn):
				f = m.existsLookup(fd)
			case rowBoolError(fn):
				f = m.rowExists(fd)
			}
			if f == nil && (onlyError(fn) || lastError(fn)) {
				f = m.uniquenessGuard(fd)
			}
			if f == nil && onlyError(fn) {
				f = m.runnerGuard(fd)
			}
			if f == nil {
				f = m.verdictGuard(fd, fn)
			}
			if f == nil && len(targetResults(fn)) > 0 {
				f = m.targetLookup(fd, fn)
			}
			if f == nil && boolExists(pass, a, fd, fn) {
				changed = true // (exported) over a lookup summarized since
				continue
			}
			if f != nil {
				pass.ExportObjectFact(fn, f)
				changed = true
			}
		}
	}
}

// pointerResult returns T when fn's only result is *T, T a named struct.
func pointerResult(fn *types.Func) *types.Named {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 1 {
		return nil
	}
	if _, ok := types.Unalias(res.At(0).Type()).(*types.Pointer); !ok {
		return nil
	}
	return orm.StructOf(res.At(0).Type())
}

func boolResult(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 1 {
		return false
	}
	b, ok := res.At(0).Type().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// valueLookup summarizes a function that returns *T, nil when its one
// lookup of T failed (for any reason) and the row otherwise:
//
//	ret := &T{}
//	if err := db.Take(ret, where...).Error; err != nil { return nil }
//	return ret
//
// or that only forwards to such a function (return r.Take(db, "email = ?", e)).
func (m *matcher) valueLookup(fd *ast.FuncDecl, fn *types.Func) *LookupFact {
	model := pointerResult(fn)
	if f := m.forwardedValueLookup(fd, model); f != nil {
		return f
	}
	info := m.pass.TypesInfo
	var l *orm.Lookup
	n := 0
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if _, ok := x.(*ast.FuncLit); ok {
			return false
		}
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return true
		}
		if x := m.lookup(call); x != nil {
			n++
			l = x
			return false
		}
		if c := m.ormCreate(call); c != nil {
			n += 2
		}
		return true
	})
	if n != 1 || l.Kind != orm.ErrLookup && l.Kind != orm.ExistLookup || !sameModel(l.Model, model) && !generatedRepo(m.a) {
		// a row of a table (the SQL layers) comes back as whatever
		// struct the function builds of it
		return nil
	}
	w := &walker{m: m, b: m.bindErr(fd.Body, l)}
	if l.Kind == orm.ExistLookup {
		// has, err := engine.Get(&node) (xorm): the flag says found
		w.b = nil
		if as := lookupAssign(fd.Body, l.Call); as != nil {
			if b := m.bind(as); b != nil && b.Count != nil && b.Err != nil {
				w.b = b
			}
		}
	}
	if w.b == nil || !nilOnFailure(info, w, fd.Body) {
		return nil
	}
	f := &LookupFact{ORM: m.a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, NilOnNotFound: true}
	f.FailedFound = panicsOnFailure(w, fd.Body.List)
	m.forwardConds(fd, l, f)
	return f
}

// panicsOnFailure reports whether stmts hold an if err != nil {
// panic(err) } over w's lookup: its callers never see a failed query
// (casnode's GetNode), which LookupFact.FailedFound records.
func panicsOnFailure(w *walker, stmts []ast.Stmt) bool {
	for _, st := range stmts {
		if is, ok := st.(*ast.IfStmt); ok && is.Else == nil && len(is.Body.List) > 0 {
			t, _ := w.cond(is.Cond)
			if t == orm.Failed && isPanic(is.Body.List[len(is.Body.List)-1]) {
				return true
			}
		}
	}
	return false
}

// forwardedValueLookup is valueLookup for a function that, after guards
// that return nil, returns another such lookup of model.
func (m *matcher) forwardedValueLookup(fd *ast.FuncDecl, model *types.Named) *LookupFact {
	info := m.pass.TypesInfo
	if n := len(fd.Body.List); n >= 1 && nilGuards(info, fd.Body.List[:n-1]) {
		if r, ok := fd.Body.List[n-1].(*ast.ReturnStmt); ok && len(r.Results) == 1 {
			if call, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr); ok {
				var f LookupFact
				if g := callee(info, call); g != nil && m.pass.ImportObjectFact(g, &f) && f.ORM == m.a.Name() && f.NilOnNotFound && f.Model == qualified(model) {
					if f.Conds > 0 {
						// the conditions are this function's
						// arguments, or read from the call
						l := m.viaLookup(call)
						f.Conds, f.CondsInline, f.Key, f.KeyErr = 0, false, l.Key, l.KeyErr
						m.forwardConds(fd, l, &f)
					}
					return &f
				}
			}
		}
	}
	return nil
}

// nilOnFailure reports whether every return of body gives nil under a
// test of w's lookup that it failed (not found, or any error), or a
// variable the lookup filled; and at least one gives nil.
func nilOnFailure(info *types.Info, w *walker, body *ast.BlockStmt) bool {
	ok := true
	nilReturns := 0
	list := body.List
	for len(list) > 1 && nilArgGuard(info, list[0]) {
		list = list[1:] // if id == "" { return nil }: no row to find
	}
	var visit func(stmts []ast.Stmt, failed bool)
	visit = func(stmts []ast.Stmt, failed bool) {
		for _, s := range stmts {
			switch s := s.(type) {
			case *ast.IfStmt:
				t, f := w.cond(s.Cond)
				visit(s.Body.List, t != 0 && t&orm.Found == 0)
				if s.Else != nil {
					if b, isBlock := s.Else.(*ast.BlockStmt); isBlock {
						// if has { return &n } else { return nil }
						visit(b.List, t&orm.Found != 0 && f != 0 && f&orm.Found == 0)
					}
				}
			case *ast.ReturnStmt:
				if len(s.Results) != 1 {
					ok = false
					return
				}
				if info.Types[s.Results[0]].IsNil() {
					if !failed {
						ok = false
					}
					nilReturns++
				}
			}
		}
	}
	visit(list, false)
	return ok && nilReturns > 0
}

// bindErr binds the lookup's error as fd assigns it: err := <lookup>, or
// if err := <lookup>; ...
func (m *matcher) bindErr(body *ast.BlockStmt, l *orm.Lookup) *orm.Binding {
	as := lookupAssign(body, l.Call)
	if as == nil {
		return nil
	}
	if id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident); ok {
		if v, ok := m.pass.TypesInfo.ObjectOf(id).(*types.Var); ok {
			return &orm.Binding{Lookup: l, Err: v}
		}
	}
	return nil
}

// existsLookup summarizes a function that returns true when a row exists,
// by a test of one summarized or direct lookup in its single return:
// return r.FindOne(db, cnd) != nil, return repo.Exists(db, a, b).
func (m *matcher) existsLookup(fd *ast.FuncDecl) *LookupFact {
	list := fd.Body.List
	for len(list) > 1 && argGuard(m.pass.TypesInfo, list[0]) {
		list = list[1:] // if username == "" { return false }
	}
	if len(list) != 1 {
		return m.existsBound(fd, list)
	}
	r, ok := list[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return nil
	}
	var l *orm.Lookup
	ast.Inspect(r.Results[0], func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && l == nil {
			l = m.lookup(call)
		}
		return l == nil
	})
	if l == nil {
		return nil
	}
	f := m.existsFact(fd, l)
	if l.Kind == orm.ExistLookup && ast.Unparen(r.Results[0]) == l.Call {
		return f // forwards an existence test
	}
	b := &orm.Binding{Lookup: l, Expr: l.Call}
	w := &walker{m: m, b: b}
	t, _ := w.cond(r.Results[0])
	if t&^orm.Failed != orm.Found {
		return nil
	}
	// (return q.First(&User{}).Error != gorm.ErrRecordNotFound: true
	// on a failed query too, so that its callers do not create then)
	f.FailedFound = t.Has(orm.Failed)
	return f
}

// existsBound is existsLookup for a helper that binds the lookup's error
// first (go-ldap-admin's Exist):
//
//	var dataObj model.User
//	err := db.Where(filter).First(&dataObj).Error
//	return !errors.Is(err, gorm.ErrRecordNotFound)
//
// declarations of variables, then the lookup's one assignment, then a
// return of a test that is false only when no row matched (true on a
// failed query too: the caller then does not create).
func (m *matcher) existsBound(fd *ast.FuncDecl, list []ast.Stmt) *LookupFact {
	if len(list) < 2 {
		return nil
	}
	r, ok := list[len(list)-1].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return nil
	}
	var b *orm.Binding
	for _, st := range list[:len(list)-1] {
		if _, ok := st.(*ast.DeclStmt); ok {
			continue
		}
		if b != nil {
			return nil
		}
		if b = m.bind(st); b == nil || b.Err == nil {
			return nil
		}
	}
	if b == nil || b.Lookup.Kind != orm.ErrLookup {
		return nil
	}
	l := b.Lookup
	w := &walker{m: m, b: b}
	t, _ := w.cond(r.Results[0])
	if !t.Has(orm.Found) || t&orm.NotFound != 0 {
		return nil
	}
	f := m.existsFact(fd, l)
	f.FailedFound = t.Has(orm.Failed)
	return f
}

// existsFact is the summary of fd, an existence helper over the lookup l.
func (m *matcher) existsFact(fd *ast.FuncDecl, l *orm.Lookup) *LookupFact {
	f := &LookupFact{ORM: m.a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, Exists: true}
	m.forwardConds(fd, l, f)
	return f
}

// nilGuards reports whether stmts are only guards of the arguments that
// return nil (if len(key) == 0 { return nil }), before a forwarding
// return.
func nilGuards(info *types.Info, stmts []ast.Stmt) bool {
	for _, st := range stmts {
		is, ok := st.(*ast.IfStmt)
		if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
			return false
		}
		r, ok := is.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(r.Results) != 1 || !info.Types[r.Results[0]].IsNil() {
			return false
		}
		pure := true
		ast.Inspect(is.Cond, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(c.Fun).(*ast.Ident); !ok || id.Name != "len" {
					pure = false
				}
			}
			return pure
		})
		if !pure {
			return false
		}
	}
	return true
}

// valueResult returns T when fn's only result is T, a named struct.
func valueResult(fn *types.Func) *types.Named {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 1 {
		return nil
	}
	if _, ok := types.Unalias(res.At(0).Type()).(*types.Pointer); ok {
		return nil
	}
	return orm.StructOf(res.At(0).Type())
}

// zeroLookup summarizes a function that drops its one lookup's error and
// returns the destination, a new zero row when none matched (or the
// query failed): its callers test the primary key (ex.RowId > 0).
//
//	p := &model.AddressBook{}
//	DB.Where("user_id = ? and id = ?", uid, id).First(p)
//	return p
//
// The three statements, in that order, and nothing else: the zero row
// (p := &T{}, p := new(T), p := T{}, var p T), the lookup as a statement
// of its own, filling it, and its return.
func (m *matcher) zeroLookup(fd *ast.FuncDecl, fn *types.Func) *LookupFact {
	list := fd.Body.List
	var l *orm.Lookup
	switch len(list) {
	case 3:
		l = m.zeroFill(list, nil)
	case 2:
		l = m.zeroLoader(list)
	}
	if l == nil {
		return nil
	}
	f := &LookupFact{ORM: m.a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, NilOnNotFound: true, ZeroValue: true}
	m.forwardConds(fd, l, f)
	return f
}

// zeroFill reads the zero row, the lookup filling it and its return, in
// list (and the trailing nil error a loader returns, when lit is the
// loader): the lookup, when list is that and nothing else. A named
// result of lit may stand for the zero row (func() (site Site, err
// error) { db.Where(...).First(&site); return site, nil }).
func (m *matcher) zeroFill(list []ast.Stmt, lit *ast.FuncLit) *orm.Lookup {
	info := m.pass.TypesInfo
	var v types.Object
	if len(list) == 3 {
		v, list = zeroRow(info, list[0]), list[1:]
	} else if lit != nil && len(list) == 2 {
		if rs := namedResults(lit.Type); len(rs) > 0 {
			v = info.Defs[rs[0].(*ast.Ident)]
		}
	}
	if v == nil || len(list) != 2 {
		return nil
	}
	es, ok := list[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return nil
	}
	l := m.ormLookup(call)
	if l == nil || l.Kind != orm.ErrLookup && l.Kind != orm.RowsLookup || l.Dest == nil || m.destObj(l.Dest) != v {
		return nil
	}
	r, ok := list[1].(*ast.ReturnStmt)
	want := 1
	if lit != nil {
		want = 2 // return site, nil
	}
	if !ok || len(r.Results) != want || m.obj(r.Results[0]) != v || want == 2 && !info.Types[r.Results[1]].IsNil() {
		return nil
	}
	if !sameModel(l.Model, orm.StructOf(v.Type())) {
		return nil
	}
	return l
}

// zeroLoader reads a zero-row lookup run by a helper that takes it as a
// loader and returns its row (artalk's cached DAO):
//
//	site, _ := QueryDBWithCache(dao, key, func() (site entity.Site, err error) {
//		dao.DB().Where("name = ?", name).First(&site)
//		return site, nil
//	})
//	return site
//
// The helper is taken to give the loader's row, or one it gave before
// (a cache), as loaderLit does.
func (m *matcher) zeroLoader(list []ast.Stmt) *orm.Lookup {
	info := m.pass.TypesInfo
	as, ok := list[0].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || !isBlank(as.Lhs[1]) {
		return nil
	}
	r, ok := list[1].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 || m.obj(r.Results[0]) == nil || m.obj(r.Results[0]) != m.obj(as.Lhs[0]) {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	var lit *ast.FuncLit
	for _, arg := range call.Args {
		if fl, ok := ast.Unparen(arg).(*ast.FuncLit); ok {
			if lit != nil {
				return nil
			}
			lit = fl
		}
	}
	if lit == nil {
		return nil
	}
	sig, ok := info.TypeOf(lit).(*types.Signature)
	if !ok || sig.Params().Len() != 0 || !types.Identical(sig.Results(), info.TypeOf(call)) {
		return nil
	}
	return m.zeroFill(lit.Body.List, lit)
}

// zeroRow returns v of a statement that declares a new zero row: v :=
// &T{}, v := new(T), v := T{}, var v T.
func zeroRow(info *types.Info, st ast.Stmt) types.Object {
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok != token.DEFINE || len(st.Lhs) != 1 || len(st.Rhs) != 1 {
			return nil
		}
		rhs := ast.Unparen(st.Rhs[0])
		if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
			rhs = ast.Unparen(u.X)
		}
		switch x := rhs.(type) {
		case *ast.CompositeLit:
			if len(x.Elts) != 0 {
				return nil
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); !ok || info.Uses[id] != types.Universe.Lookup("new") {
				return nil
			}
		default:
			return nil
		}
		id, ok := st.Lhs[0].(*ast.Ident)
		if !ok {
			return nil
		}
		return info.Defs[id]
	case *ast.DeclStmt:
		gd, ok := st.Decl.(*ast.GenDecl)
		if !ok || len(gd.Specs) != 1 {
			return nil
		}
		vs, ok := gd.Specs[0].(*ast.ValueSpec)
		if !ok || len(vs.Names) != 1 || len(vs.Values) != 0 {
			return nil
		}
		return info.Defs[vs.Names[0]]
	}
	return nil
}

// rowBoolError reports a function whose results are (row, bool, error).
func rowBoolError(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	return res.Len() == 3 && types.Identical(res.At(1).Type(), types.Typ[types.Bool]) && returnsError(fn)
}

// rowExists summarizes a repository method that returns the row, whether
// it exists, and the error, from one lookup that answers with a bool
// (xorm's Get; apache/answer's GetByX(ctx, x) (info *T, exist bool, err
// error)):
//
//	info = &entity.Tag{}
//	exist, err = r.data.DB.Context(ctx).Where("slug_name = ?", name).Get(info)
//	if err != nil {
//		return nil, false, err
//	}
//	return info, exist, nil
//
// Every return gives the lookup's bool, or false with the lookup's error
// (or that error wrapped), or false and no error under a test that the row
// is missing. Callers test the bool: an existence test.
func (m *matcher) rowExists(fd *ast.FuncDecl) *LookupFact {
	info := m.pass.TypesInfo
	l := m.soleLookup(fd.Body, m.ormLookup)
	if l == nil || l.Kind != orm.ExistLookup {
		return nil
	}
	as := lookupAssign(fd.Body, l.Call)
	if as == nil || len(as.Lhs) != 2 {
		return nil
	}
	has, errV := info.ObjectOf(identOf(as.Lhs[0])), info.ObjectOf(identOf(as.Lhs[1]))
	if has == nil || errV == nil {
		return nil
	}
	isVar := func(e ast.Expr, v types.Object) bool { return info.ObjectOf(identOf(e)) == v }
	isErr := func(e ast.Expr) bool { return isVar(e, errV) }
	missing := map[*ast.ReturnStmt]bool{} // returns under !has
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if is, ok := x.(*ast.IfStmt); ok && testsMissing(info, is.Cond, has) {
			for _, st := range is.Body.List {
				if r, ok := st.(*ast.ReturnStmt); ok {
					missing[r] = true
				}
			}
		}
		return true
	})
	ok, sawHas := true, false
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			results := x.Results
			if len(results) == 0 {
				results = namedResults(fd.Type) // a naked return
			}
			if len(results) != 3 {
				ok = false
				return false
			}
			b, e := results[1], results[2]
			switch {
			case isVar(b, has) && (isErr(e) || info.Types[e].IsNil()):
				sawHas = true
			case isFalse(info, b) && (isErr(e) || wraps(m.pass, e, isErr)):
			case isFalse(info, b) && info.Types[e].IsNil() && missing[x]:
				sawHas = true
			default:
				ok = false
			}
		}
		return ok
	})
	if !ok || !sawHas {
		return nil
	}
	f := m.existsFact(fd, l)
	return f
}

// namedResults returns the named results of ft as identifiers, for a
// naked return; nil when they are not all named.
func namedResults(ft *ast.FuncType) []ast.Expr {
	if ft.Results == nil {
		return nil
	}
	var out []ast.Expr
	for _, f := range ft.Results.List {
		if len(f.Names) == 0 {
			return nil
		}
		for _, n := range f.Names {
			out = append(out, n)
		}
	}
	return out
}

// onlyError reports a function whose one result is an error.
//
// An error type of the module's own counts, or any pointer a validator
// answers with (miniflux's *locale.LocalizedError, whose Error method
// returns an error): callers test it against nil the same way.
func onlyError(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 1 {
		return false
	}
	_, ptr := res.At(0).Type().Underlying().(*types.Pointer)
	return returnsError(fn) || ptr || types.Implements(res.At(0).Type(), errorType)
}

// lastError reports a function of two results, the last an error.
func lastError(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	return res.Len() == 2 && isErrorType(res.At(1).Type())
}

// uniquenessGuard summarizes a check that answers with an error when the
// row exists (nginx-ui's ensureDomainUnique):
//
//	count, err := q.Where(...).Count()
//	if err != nil {
//		return err
//	}
//	if count > 0 {
//		return ErrDuplicateDomain
//	}
//	return nil
//
// after its one lookup, top-level ifs that return a non-nil error, and a
// final return nil reached on not-found alone. Its callers learn "not
// found" from a nil error (ErrWhenFound).
func (m *matcher) uniquenessGuard(fd *ast.FuncDecl) *LookupFact {
	info := m.pass.TypesInfo
	l := m.soleLookup(fd.Body, m.lookup)
	if l == nil || l.Kind == orm.InitLookup || l.Kind == orm.CreatingLookup || l.ErrWhenFound {
		return nil
	}
	list := fd.Body.List
	outer := stmtOf(fd.Body, l.Call)
	i := slices.Index(list, outer)
	if i < 0 || len(list) < i+2 {
		return nil
	}
	// the error is the last result: (u User, err error) when the
	// guard hands back the row it found (sun-panel's
	// CheckUsernameExist)
	last, ok := list[len(list)-1].(*ast.ReturnStmt)
	if !ok || len(last.Results) == 0 || !info.Types[last.Results[len(last.Results)-1]].IsNil() {
		return nil
	}
	// the checks after the lookup's statement, at in checks
	checks, at, st := list[:len(list)-1], i, outer
	if guard, ok := outer.(*ast.IfStmt); ok && guard.Else == nil && guard.Body.Pos() < l.Call.Pos() {
		// the check runs only when there is a key to check (if
		// p.Identifier != "" { exists, err := ...; if exists { return
		// ErrTaken } }): the checks are those of its body and after it
		st = stmtOf(guard.Body, l.Call)
		checks = append(slices.Clone(guard.Body.List), list[i+1:len(list)-1]...)
		at = slices.Index(guard.Body.List, st)
	}
	b := m.bind(st)
	if b == nil || b.Lookup.Call != l.Call {
		return nil
	}
	w := &walker{m: m, b: b}
	reach := orm.All
	from := at + 1
	if _, ok := checks[at].(*ast.IfStmt); ok {
		from = at // if err := <lookup>; err != nil { return err }, if store.Exists(k) { return ErrTaken }
	}
	for _, st := range checks[from:] {
		// the checks after the lookup (if err := validate(k); err != nil
		// { return err }) only add ways to fail: what they call is
		// judged where the fix needs it (a lookup function's purity)
		is, ok := st.(*ast.IfStmt)
		if !ok || is.Else != nil || len(is.Body.List) != 1 {
			return nil
		}
		r, ok := is.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(r.Results) != len(last.Results) || info.Types[r.Results[len(r.Results)-1]].IsNil() {
			return nil
		}
		_, f := w.cond(is.Cond)
		reach &= f
	}
	// (a failed query may answer "not found" too, when the lookup
	// function drops its error: UserExists(name) bool)
	if reach&^orm.Failed != orm.NotFound {
		return nil
	}
	return &LookupFact{ORM: m.a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, ErrWhenFound: true}
}

// runnerGuard is uniquenessGuard for a function that runs its check in a
// callback given to a session runner and returns the runner's error
// (Grafana's LoginConflict: err = db.WithDbSession(ctx, func(sess)
// error { exists, err := sess.Where(...).Get(&u); ...; if exists {
// return ErrUserAlreadyExists }; return nil }); return err), after
// statements that only set its locals or leave with an error of their
// own (a failure, which its callers take as "found", as they do the
// check's own failures).
func (m *matcher) runnerGuard(fd *ast.FuncDecl) *LookupFact {
	list := fd.Body.List
	if len(list) == 0 {
		return nil
	}
	info := m.pass.TypesInfo
	var run *ast.CallExpr
	last, ok := list[len(list)-1].(*ast.ReturnStmt)
	if !ok || len(last.Results) != 1 {
		return nil
	}
	head := list[:len(list)-1]
	if c, isCall := ast.Unparen(last.Results[0]).(*ast.CallExpr); isCall {
		run = c // return db.WithDbSession(ctx, func(...) error {...})
	} else if len(head) > 0 {
		as, isAssign := head[len(head)-1].(*ast.AssignStmt)
		if !isAssign || len(as.Lhs) != 1 || len(as.Rhs) != 1 || info.ObjectOf(identOf(as.Lhs[0])) == nil || info.ObjectOf(identOf(as.Lhs[0])) != info.ObjectOf(identOf(last.Results[0])) {
			return nil
		}
		run, _ = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		head = head[:len(head)-1]
	}
	if run == nil {
		return nil
	}
	f := runnerOf(m.pass, run)
	if f == nil || f.Callback >= len(run.Args) {
		return nil
	}
	lit, ok := ast.Unparen(run.Args[f.Callback]).(*ast.FuncLit)
	if !ok {
		return nil
	}
	for _, st := range head {
		switch st := st.(type) {
		case *ast.AssignStmt:
			for _, l := range st.Lhs {
				if _, isID := ast.Unparen(l).(*ast.Ident); !isID {
					return nil
				}
			}
		case *ast.IfStmt:
			// if err != nil { return fmt.Errorf(...) }: a set-up failure
			if st.Init != nil || st.Else != nil || len(st.Body.List) != 1 {
				return nil
			}
			if r, isRet := st.Body.List[0].(*ast.ReturnStmt); !isRet || len(r.Results) != 1 || info.Types[r.Results[0]].IsNil() {
				return nil
			}
		default:
			return nil
		}
	}
	return m.uniquenessGuard(&ast.FuncDecl{Name: fd.Name, Type: lit.Type, Body: lit.Body})
}

// verdictGuard summarizes a validator that answers with a message or a
// flag where uniquenessGuard's answer with an error (casdoor's
// CheckUserSignup, rustdesk-api's CheckForm):
//
//	if HasUserByField(org.Name, "name", form.Username) {
//		return translate(lang, "check:Username already exists")
//	}
//	...
//	return ""
//
// Its last statement accepts ("", or true for its last result, a bool);
// every other return rejects (a message that is not "", or false); it
// creates nothing; and among its checks, those that reject whenever
// their lookup finds the row are of one model. Callers learn "not found"
// from the accepting answer (if msg != "" { return }, if !ok { return }).
func (m *matcher) verdictGuard(fd *ast.FuncDecl, fn *types.Func) *LookupFact {
	res := fn.Type().(*types.Signature).Results()
	idx, isBool := verdictResult(res)
	if idx < 0 || fd.Body == nil || len(fd.Body.List) < 2 {
		return nil
	}
	info := m.pass.TypesInfo
	last, ok := fd.Body.List[len(fd.Body.List)-1].(*ast.ReturnStmt)
	if !ok || len(last.Results) != res.Len() || !verdictIs(info, last.Results[idx], isBool, true) {
		return nil
	}
	var checks []*orm.Lookup
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			ok = ok && (n == last || len(n.Results) == res.Len() && verdictIs(info, n.Results[idx], isBool, false))
		case *ast.CallExpr:
			ok = ok && m.ormCreate(n) == nil
		case *ast.IfStmt:
			if l := m.rejectsFound(n); l != nil {
				checks = append(checks, l)
			}
		case *ast.BlockStmt:
			checks = append(checks, m.boundChecks(n.List)...)
		}
		return ok
	})
	if !ok || len(checks) == 0 {
		return nil
	}
	l := checks[0]
	f := &LookupFact{ORM: m.a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, ErrWhenFound: true, Verdict: idx + 1, VerdictBool: isBool}
	var keys []string
	for _, c := range checks {
		if !sameModel(c.Model, l.Model) {
			return nil
		}
		if len(c.Key) == 0 {
			keys = append(keys, "(unknown columns)")
		} else {
			keys = append(keys, "("+strings.Join(c.Key, ", ")+")")
		}
	}
	if len(checks) > 1 {
		f.Key, f.KeyErr = nil, "the check looks the row up by several keys, "+strings.Join(keys, ", ")+", one after the other"
	}
	return f
}

// verdictResult returns the result of a validator that answers: its last,
// a bool (isBool), or its only one, a string; -1 for any other.
func verdictResult(res *types.Tuple) (idx int, isBool bool) {
	if res.Len() == 0 {
		return -1, false
	}
	b, ok := res.At(res.Len() - 1).Type().Underlying().(*types.Basic)
	switch {
	case ok && b.Kind() == types.Bool && res.Len() <= 2:
		return res.Len() - 1, true
	case ok && b.Info()&types.IsString != 0 && res.Len() == 1:
		return 0, false
	}
	return -1, false
}

// verdictIs reports whether e accepts (accept) or rejects: true or false
// for a flag; for a message, "" accepts, and a constant that is not "" or
// a call given one (translate(lang, "check:..."), fmt.Sprintf) rejects.
func verdictIs(info *types.Info, e ast.Expr, isBool, accept bool) bool {
	tv := info.Types[e]
	if isBool {
		return tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) == accept
	}
	if tv.Value != nil && tv.Value.Kind() == constant.String {
		return (constant.StringVal(tv.Value) == "") == accept
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if accept || !ok {
		return false
	}
	if errorText(info, call) != nil {
		return true // return err.Error()
	}
	for _, a := range call.Args {
		if tv := info.Types[a]; tv.Value != nil && tv.Value.Kind() == constant.String && constant.StringVal(tv.Value) != "" {
			return true
		}
	}
	return false
}

// rejectsFound returns the lookup an if tests in its condition when the
// if leaves (with no else) whenever the lookup found the row: if
// HasUserByField(...) { return msg }.
func (m *matcher) rejectsFound(is *ast.IfStmt) *orm.Lookup {
	if !exits(is) {
		return nil
	}
	var l *orm.Lookup
	n := 0
	ast.Inspect(is.Cond, func(x ast.Node) bool {
		if call, ok := x.(*ast.CallExpr); ok {
			if y := m.lookup(call); y != nil {
				l, n = y, n+1
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	b := m.newBinding(l)
	b.Expr = l.Call
	if !rejects(&walker{m: m, b: b}, is.Cond) {
		return nil
	}
	return l
}

// boundChecks returns the lookups of stmts bound by one statement and
// tested by the next, an if that leaves when the row was found: ex :=
// svc.RuleInfoByToIdAndCid(...); if t.Id == 0 && ex.Id > 0 { return
// "ItemExists", false }.
func (m *matcher) boundChecks(stmts []ast.Stmt) []*orm.Lookup {
	var out []*orm.Lookup
	for i := 0; i+1 < len(stmts); i++ {
		is, ok := stmts[i+1].(*ast.IfStmt)
		if !ok || !exits(is) {
			continue
		}
		if b := m.bind(stmts[i]); b != nil && rejects(&walker{m: m, b: b}, is.Cond) {
			out = append(out, b.Lookup)
		}
	}
	return out
}

// rejects reports a condition that holds only when the row was found,
// maybe under another condition too (t.Id == 0 && ex.Id > 0): the
// check rejects a found row on the paths where it runs.
func rejects(w *walker, cond ast.Expr) bool {
	t, _ := w.cond(cond)
	return t&orm.Found != 0 && t&orm.NotFound == 0
}

// stmtOf is the statement of body's list that holds call.
func stmtOf(body *ast.BlockStmt, call *ast.CallExpr) ast.Stmt {
	for _, st := range body.List {
		if st.Pos() <= call.Pos() && call.End() <= st.End() {
			return st
		}
	}
	return nil
}

// soleLookup returns the one lookup find sees in body (function literals
// left out), or nil when there is none, more than one, or a create.
func (m *matcher) soleLookup(body *ast.BlockStmt, find func(*ast.CallExpr) *orm.Lookup) *orm.Lookup {
	var l *orm.Lookup
	n := 0
	ast.Inspect(body, func(x ast.Node) bool {
		if _, ok := x.(*ast.FuncLit); ok {
			return false
		}
		if call, ok := x.(*ast.CallExpr); ok {
			if y := find(call); y != nil {
				l, n = y, n+1
			} else if m.ormCreate(call) != nil {
				n += 2
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return l
}

// boolExists summarizes a function that answers whether the row exists
// with a bool (and maybe an error), written as statements: the lookup,
// guards that leave with false, then the answer:
//
//	func (s *Storage) UserExists(username string) bool {
//		var result bool
//		s.db.QueryRow(`SELECT true FROM users WHERE username = $1`, username).Scan(&result)
//		return result
//	}
//
//	func (r *Repo) Exists(ctx context.Context, k string) (bool, error) {
//		var ok bool
//		if err := r.db.QueryRowContext(ctx, q, k).Scan(&ok); err != nil {
//			return false, err
//		}
//		return ok, nil
//	}
//
// The answer must be true exactly when the row was found, on every path
// that reaches it, and every guard must leave with false.
func isDecl(st ast.Stmt) bool { _, ok := st.(*ast.DeclStmt); return ok }

// constLocal reports a statement that only defines locals from constants
// (query := `SELECT true FROM ...`).
func constLocal(info *types.Info, st ast.Stmt) bool {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return false
	}
	for _, r := range as.Rhs {
		if info.Types[r].Value == nil {
			return false
		}
	}
	return true
}

func boolExists(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func) bool {
	if boolExistsWith(pass, a, fd, fn, nil) {
		return true
	}
	// isTeamNameTaken(sess, orgID, name, existingID): taken by a row
	// other than existingID's (exists && existingID != t.ID), an
	// existence test where callers pass 0 (a create) and an update's
	// guard where they pass an id: summarized for the first
	for _, p := range paramsComparedToRow(pass.TypesInfo, fd) {
		if boolExistsWith(pass, a, fd, fn, p) {
			return true
		}
	}
	return false
}

// paramsComparedToRow returns the parameters of fd, of integer or
// pointer type, that its body compares (== or !=) with a field of a
// local variable: the id of the row at hand, against the row found.
func paramsComparedToRow(info *types.Info, fd *ast.FuncDecl) []*types.Var {
	var ps []*types.Var
	params := map[types.Object]bool{}
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			if v, ok := info.Defs[n].(*types.Var); ok {
				switch under(v.Type()).(type) {
				case *types.Basic, *types.Pointer:
					params[v] = true
				}
			}
		}
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		be, ok := n.(*ast.BinaryExpr)
		if !ok || be.Op != token.EQL && be.Op != token.NEQ {
			return true
		}
		for _, pair := range [][2]ast.Expr{{be.X, be.Y}, {be.Y, be.X}} {
			id, isID := ast.Unparen(pair[0]).(*ast.Ident)
			sel, isSel := ast.Unparen(pair[1]).(*ast.SelectorExpr)
			if !isID || !isSel {
				continue
			}
			v, ok := info.Uses[id].(*types.Var)
			local, isLocal := info.Uses[identOf(sel.X)].(*types.Var)
			if ok && params[v] && isLocal && fd.Body.Pos() <= local.Pos() && local.Pos() < fd.Body.End() && !slices.Contains(ps, v) {
				ps = append(ps, v)
			}
		}
		return true
	})
	return ps
}

// boolExistsWith is boolExists, with zero (when not nil) a parameter
// taken to be 0 or nil, as the callers the fact is for pass it
// (LookupFact.ZeroArg).
func boolExistsWith(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func, zero *types.Var) bool {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() == 0 || res.Len() > 2 || !isBool(res.At(0).Type()) || res.Len() == 2 && !isErrorType(res.At(1).Type()) {
		return false
	}
	m := &matcher{pass: pass, a: a, file: fileOf(pass, fd), handed: true}
	stmts := fd.Body.List
	i := 0
	for i < len(stmts) && (isDecl(stmts[i]) || constLocal(pass.TypesInfo, stmts[i]) || m.builderLocal(stmts[i]) || argGuard(pass.TypesInfo, stmts[i]) || m.neutralReassign(stmts[i])) {
		i++
	}
	if i == len(stmts)-1 {
		return existForward(pass, m, fd, fn, stmts[i])
	}
	if i > len(stmts)-1 {
		return false
	}
	b := m.bind(stmts[i])
	if b == nil || b.Lookup.Via != "" && b.Lookup.Kind != orm.ErrLookup && b.Lookup.Kind != orm.ValueLookup {
		return false
	}
	w := &walker{m: m, b: b, zero: zero}
	reach := orm.All
	if is, ok := stmts[i].(*ast.IfStmt); ok {
		// if err := row.Scan(&ok); err != nil { return false, err }
		if !leavesFalse(pass.TypesInfo, is) {
			return false
		}
		t, f := w.cond(is.Cond)
		if t&orm.Found != 0 {
			return false
		}
		reach &= f
	}
	answered := false // a guard returned true when found (if len(rows) > 0 { return true, nil })
	panics := false
	for _, st := range stmts[i+1 : len(stmts)-1] {
		is, ok := st.(*ast.IfStmt)
		if !ok {
			return false
		}
		m.errAlias(is.Init, b)
		t, f := w.cond(is.Cond)
		switch {
		case leavesFalse(pass.TypesInfo, is) && t&orm.Found == 0:
			// if err != nil { panic(err) }: a failed query never
			// answers false (FailedFound)
			panics = panics || t.Has(orm.Failed) && isPanic(is.Body.List[len(is.Body.List)-1])
		case t&orm.Found == 0 && t != 0 && b.Count != nil && returnsFlag(pass.TypesInfo, is, b.Count):
			// if err != nil { return exists, err }: the flag the lookup
			// left false when it failed
		case t&orm.Found == 0 && t != 0 && b.Lookup.TrueWhenFound && returnsFlag(pass.TypesInfo, is, b.Dest) && !setBefore(pass.TypesInfo, stmts[:i], b.Dest):
			// var result bool; err := QueryRow(`SELECT true ...`).Scan(&result);
			// if err != nil && err != sql.ErrNoRows { return result, err }:
			// Scan left it false (miniflux's entryExists)
		case !answered && leavesWith(pass.TypesInfo, is, true) && t&reach == reach&orm.Found && reach&orm.Found != 0:
			answered = true
		default:
			return false
		}
		reach &= f
	}
	ret, ok := stmts[len(stmts)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != res.Len() || !answers(w, ret, reach, answered) {
		return false
	}
	f := m.existsFact(fd, b.Lookup)
	f.FailedFound = panics || b.Lookup.FailedFound
	if zero != nil {
		f.ZeroArg = slices.Index(paramVars(pass.TypesInfo, fd), zero) + 1
	}
	pass.ExportObjectFact(fn, f)
	return true
}

// paramVars returns fd's parameters in order.
func paramVars(info *types.Info, fd *ast.FuncDecl) []*types.Var {
	var vs []*types.Var
	for _, f := range fd.Type.Params.List {
		if len(f.Names) == 0 {
			vs = append(vs, nil)
		}
		for _, n := range f.Names {
			v, _ := info.Defs[n].(*types.Var)
			vs = append(vs, v)
		}
	}
	return vs
}

// answers reports whether boolExists's last return answers whether the
// row was found: false after a guard that answered true (answered), or
// a test true exactly when the row was found on the paths that reach it
// (reach).
func answers(w *walker, ret *ast.ReturnStmt, reach orm.Outcome, answered bool) bool {
	if answered {
		return isFalse(w.m.pass.TypesInfo, ret.Results[0])
	}
	t, f := w.cond(ret.Results[0])
	found := orm.Found
	if w.b.Lookup.FailedFound {
		found |= orm.Failed // a lookup that panics when it fails
	}
	return t&reach == reach&found && f&reach == reach&^found && reach&orm.Found != 0
}

// setBefore reports whether stmts give v a value (var ok = true, ok :=
// f()): a flag that is not false before the lookup.
func setBefore(info *types.Info, stmts []ast.Stmt, v types.Object) bool {
	set := false
	for _, st := range stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for _, name := range n.Names {
					set = set || len(n.Values) > 0 && info.Defs[name] == v
				}
			case *ast.AssignStmt:
				for _, l := range n.Lhs {
					set = set || orm.Uses(info, l, v)
				}
			}
			return !set
		})
	}
	return set
}

// argGuard reports a guard before the lookup that answers false without
// looking, from the arguments alone (gogs's IsStarring: if userID <= 0 {
// return false }): no call in its condition, nothing but the return in
// its body. Callers of such a function take the not-found path for those
// arguments with or without the race.
func argGuard(info *types.Info, st ast.Stmt) bool {
	is, ok := st.(*ast.IfStmt)
	return ok && is.Init == nil && !hasCall(is.Cond) && len(is.Body.List) == 1 && leavesFalse(info, is)
}

// nilArgGuard is argGuard for a function returning one pointer: if id
// == "" { return nil }.
func nilArgGuard(info *types.Info, st ast.Stmt) bool {
	is, ok := st.(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || hasCall(is.Cond) || len(is.Body.List) != 1 {
		return false
	}
	r, ok := is.Body.List[0].(*ast.ReturnStmt)
	return ok && len(r.Results) == 1 && info.Types[r.Results[0]].IsNil()
}

// existForward exports the summary of a function whose one statement
// returns what an existence query returns: return s.Where("team_id = ?
// AND user_id = ?", t, u).Exist(&TeamMember{}), its results (bool,
// error) or bool.
func existForward(pass *analysis.Pass, m *matcher, fd *ast.FuncDecl, fn *types.Func, st ast.Stmt) bool {
	ret, ok := st.(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if !ok || !types.Identical(pass.TypesInfo.TypeOf(call), tupleOrOne(fn.Type().(*types.Signature).Results())) {
		return false
	}
	l := m.ormLookup(call)
	if l == nil || l.Kind != orm.ExistLookup || l.Model == nil {
		return false
	}
	pass.ExportObjectFact(fn, m.existsFact(fd, l))
	return true
}

// leavesFalse reports an if statement with no else whose body ends in a
// return and returns false (and an error) wherever it returns: if err
// != nil { if errors.Is(err, sql.ErrNoRows) { return false, nil };
// return false, err }.
func leavesFalse(info *types.Info, is *ast.IfStmt) bool { return leavesWith(info, is, false) }

// leavesWith reports an if without else whose body always returns the
// constant bool want first.
func leavesWith(info *types.Info, is *ast.IfStmt, want bool) bool {
	if is.Else != nil || !terminates(is.Body) {
		return false
	}
	return everyReturn(is.Body, func(r *ast.ReturnStmt) bool {
		if len(r.Results) == 0 {
			return false
		}
		tv := info.Types[r.Results[0]]
		return tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value) == want
	})
}

// everyReturn reports whether ok holds for every return statement in n,
// function literals left out.
func everyReturn(n ast.Node, ok func(*ast.ReturnStmt) bool) bool {
	all := true
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			all = all && ok(x)
		}
		return all
	})
	return all
}

// countLookup summarizes a function whose one lookup is a count that it
// returns with its error, and nothing else (a repository's
// CountByEmail, sqlc's GetUserCount):
//
//	var n int64
//	err := db.Model(&User{}).Where("email = ?", e).Count(&n).Error
//	return n, err
//
// Every return gives the count (or a zero constant) and the lookup's
// error (or nil); or the count call's two results at once (xorm's
// return sess.Count(&User{})).
func (m *matcher) countLookup(fd *ast.FuncDecl) *LookupFact {
	info := m.pass.TypesInfo
	res := info.Defs[fd.Name].(*types.Func).Type().(*types.Signature).Results()
	if res.Len() != 2 {
		return nil
	}
	if b, ok := res.At(0).Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return nil
	}
	feeds, _ := m.scannedRows(fd.Body)
	l := m.soleLookup(fd.Body, func(c *ast.CallExpr) *orm.Lookup {
		if feeds[c] {
			return nil // row := q.db.QueryRow(...), read by row.Scan(&n) (sqlc)
		}
		return m.ormLookup(c)
	})
	if l == nil || l.Kind != orm.CountLookup || l.Model == nil || !errorFlows(m.pass, fd.Body, l.Call) {
		return nil
	}
	count := m.destObj(l.Dest)
	ok := true
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if _, isLit := x.(*ast.FuncLit); isLit {
			return false
		}
		r, isRet := x.(*ast.ReturnStmt)
		if !isRet {
			return true
		}
		switch {
		case len(r.Results) == 1 && within(r.Results[0], l.Call.Pos()):
			// return sess.Count(&T{})
		case len(r.Results) == 2:
			v := r.Results[0]
			tv := info.Types[v]
			if (count == nil || m.obj(v) != count) && (tv.Value == nil || tv.Value.String() != "0") && !within(v, l.Call.Pos()) {
				ok = false
			}
		default:
			ok = false
		}
		return true
	})
	if !ok {
		return nil
	}
	f := &LookupFact{ORM: m.a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, Count: true}
	m.forwardConds(fd, l, f)
	return f
}

// scannedRows returns the calls that define a local of body that a Scan
// reads (row := q.db.QueryRow(ctx, query, args...); err :=
// row.Scan(&count)): the query of the lookup the Scan makes; counts are
// those whose Scan reads a count.
func (m *matcher) scannedRows(body *ast.BlockStmt) (feeds, counts map[*ast.CallExpr]bool) {
	info := m.pass.TypesInfo
	defs := map[types.Object]*ast.CallExpr{}
	for _, st := range body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			continue
		}
		if c, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); ok {
			if v := info.Defs[identOf(as.Lhs[0])]; v != nil {
				defs[v] = c
			}
		}
	}
	feeds, counts = map[*ast.CallExpr]bool{}, map[*ast.CallExpr]bool{}
	ast.Inspect(body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Scan" {
			if q := defs[info.Uses[identOf(sel.X)]]; q != nil {
				feeds[q] = true
				if l := m.ormLookup(c); l != nil && l.Kind == orm.CountLookup {
					counts[q] = true
				}
			}
		}
		return true
	})
	return feeds, counts
}

// builderLocal reports a statement that only defines a local from an
// expression holding no lookup or create: a query built before the
// lookup runs it (q := r.db.Entity.Query().Where(...)). What its calls
// write is judged with the function's effects, as for any summary.
func (m *matcher) builderLocal(st ast.Stmt) bool {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 || m.bind(st) != nil {
		return false
	}
	clean := true
	ast.Inspect(as.Rhs[0], func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			clean = false
		case *ast.CallExpr:
			if m.lookup(n) != nil || m.ormCreate(n) != nil {
				clean = false
			}
		}
		return clean
	})
	return clean
}

// neutralReassign reports db = db.WithContext(ctx), or db =
// wrapQueryOptions(db, opts) of a helper of the package that only adds
// Select, Omit or Order: the query matches the same rows after it.
func (m *matcher) neutralReassign(st ast.Stmt) bool {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	info := m.pass.TypesInfo
	v := m.obj(as.Lhs[0])
	if v == nil || !gormorm.IsDB(v.Type()) {
		return false
	}
	return gormorm.NeutralChain(info, as.Rhs[0], v, func(call *ast.CallExpr) bool {
		fn := callee(info, call)
		if fn == nil || fn.Pkg() != m.pass.Pkg {
			return false
		}
		fd := declOf(m.pass, fn)
		return fd != nil && fd.Body != nil && gormorm.NeutralBody(info, fd.Body)
	})
}

// returnsFlag reports an if whose body ends the function returning
// flag, the bool an existence lookup filled (its zero value when the
// lookup failed), first.
func returnsFlag(info *types.Info, is *ast.IfStmt, flag types.Object) bool {
	if is.Else != nil || len(is.Body.List) != 1 {
		return false
	}
	r, ok := is.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) == 0 {
		return false
	}
	id, ok := ast.Unparen(r.Results[0]).(*ast.Ident)
	return ok && info.Uses[id] == flag
}

// isBlank reports the blank identifier.
func isBlank(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "_"
}
