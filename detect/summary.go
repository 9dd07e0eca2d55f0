package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
)

// qualified names a model across packages (and across type-checker runs).
func qualified(n *types.Named) string {
	if n == nil || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

func sameModel(a, b *types.Named) bool { return a != nil && qualified(a) == qualified(b) }

// generatedRepo reports an adapter whose generated code is a
// repository to summarize (sqlc's queries over database/sql or pgx),
// not the ORM's own API (an ent or Prisma client).
func generatedRepo(a orm.Adapter) bool { return a.Name() == "sql" }

// summarize exports a fact for each function of the package that wraps
// exactly one lookup, or exactly one plain create, of adapter a's ORM and
// returns nothing but that call's error (or nil) as its error.
func summarize(pass *analysis.Pass, a orm.Adapter, ef *effects) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, generatedRepo(a)) {
		if existsHelper(pass, a, fd, fn) || boolExists(pass, a, fd, fn) {
			continue
		}
		if !returnsError(fn) {
			listGetter(pass, a, fd, fn)
			hiddenErrCreate(pass, a, fd, fn, ef)
			continue
		}
		m := &matcher{pass: pass, a: a, file: fileOf(pass, fd), sqlParams: true, handed: true}
		body := summaryBody(info, ef, fd, fn)
		lookups, creates := m.dataCalls(fd, body)
		lookups = m.dropCountQueries(body, lookups)
		lookups = alternatives(body, lookups)
		lookups, sqlParam, sqlArgs := paramSQL(info, fn, lookups)
		query := 0
		if len(lookups) == 0 && len(creates) == 0 {
			if f := m.countLookup(fd); f != nil {
				pass.ExportObjectFact(fn, f)
				continue
			}
			if l, i := m.callbackLookup(fd, body); l != nil {
				lookups, query = []*orm.Lookup{l}, i+1
			}
		}
		hasBool := len(lookups) == 1 && lookups[0].Kind == orm.ExistLookup
		switch {
		case hasBool && len(creates) == 0 && errorFlows(pass, body, lookups[0].Call):
			// has == false is not an error: a lookup for callers only
			// when the function says not-found itself
			l := lookups[0]
			if nilOnNotFound(pass, a, body, l) {
				f := &LookupFact{ORM: a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, NilOnNotFound: true}
				m.forwardConds(fd, l, f)
				pass.ExportObjectFact(fn, f)
			}
		case len(lookups) == 1 && len(creates) == 0 && (errorFlows(pass, body, lookups[0].Call) || lookups[0].Kind == orm.RowsLookup && mappedRows(info, body, lookups[0].Call)):
			l := lookups[0]
			f := &LookupFact{ORM: a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr,
				// Find never fails when nothing matched: callers test the value
				NilOnNotFound: l.Kind == orm.RowsLookup || nilOnNotFound(pass, a, body, l),
				// the driver's sentinel (sql.ErrNoRows), for the SQL layers,
				// or a row reader's error of its own
				NotFoundErr: l.NotFoundErr, NotFoundType: l.NotFoundType, Query: query, SQLParam: sqlParam, SQLArgs: sqlArgs,
				// SELECT COUNT(*) scanned into a number, returned
				Count: l.Kind == orm.CountLookup && basicFirst(fn)}
			m.forwardConds(fd, l, f)
			pass.ExportObjectFact(fn, f)
		default:
			if l, f := signalledLookup(pass, a, ef, body, lookups, creates, sqlParam, sqlArgs); f != nil {
				m.forwardConds(fd, l, f)
				pass.ExportObjectFact(fn, f)
			} else {
				summarizeCreate(pass, a, fd, fn, body, lookups, creates)
			}
		}
	}
}

// signalledLookup is summarize for a function whose lookup's error does
// not simply flow out: not-found said with a sentinel or an error type of
// its own, or with (nil, nil), or the lookup followed by reads of more
// about the row it found. It returns the lookup and the fact, or nil.
func signalledLookup(pass *analysis.Pass, a orm.Adapter, ef *effects, body *ast.BlockStmt, lookups []*orm.Lookup, creates []*orm.Create, sqlParam, sqlArgs int) (*orm.Lookup, *LookupFact) {
	if len(creates) > 0 || len(lookups) == 0 {
		return nil, nil
	}
	l := lookups[0]
	fact := func(l *orm.Lookup) *LookupFact {
		return &LookupFact{ORM: a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr}
	}
	var fl flow
	if len(lookups) == 1 {
		fl = errorFlow(pass, body, l.Call)
	}
	switch {
	case len(lookups) == 1 && fl.sentinelled():
		f := fact(l)
		switch {
		case fl.sentinel != nil:
			f.NotFoundErr = fl.sentinel.Pkg().Path() + "." + fl.sentinel.Name()
		case fl.tags != nil:
			f.NotFoundTags = fl.tags
			f.NilOnNotFound = false
		default:
			f.NotFoundType = errTypeName(fl.errType)
		}
		return l, f
	case len(lookups) == 1 && l.Kind != orm.ExistLookup && nilOnNotFound(pass, a, body, l):
		// not-found is (nil, nil): whatever the function makes of
		// the other errors (fmt.Errorf with %v), they are failures
		f := fact(l)
		f.NilOnNotFound, f.SQLParam, f.SQLArgs = true, sqlParam, sqlArgs
		return l, f
	case readsAfter(pass, ef, body, l) && onlyRowsAfter(lookups):
		// The lookup decides; what follows only reads more about
		// the row it found (sftpgo's getAdminWithGroups).
		f := fact(l)
		f.FoundReads, f.NotFoundErr, f.NotFoundType = true, l.NotFoundErr, l.NotFoundType
		return l, f
	case len(lookups) > 1 && enriches(pass, a, body, lookups) != nil:
		// The first lookup decides; the others only read more
		// about the row it found (its owner, its group).
		l := enriches(pass, a, body, lookups)
		f := fact(l)
		f.NilOnNotFound, f.FoundReads = true, true
		return l, f
	}
	return nil, nil
}

// afterGuards returns body without its leading guards: ifs that only
// read (their conditions call nothing that writes) and whose body is one
// return of values that write nothing (gotosocial's GetDomainBlock: if
// domain == "" || domain == config.GetHost() { return nil,
// db.ErrNoEntries }). They answer from the arguments alone, the same
// with or without a concurrent caller and the same when a retry runs
// them again, so the function is summarized by the lookup after them.
func afterGuards(ef *effects, fn *types.Func, body *ast.BlockStmt) *ast.BlockStmt {
	k := 0
	for k < len(body.List)-1 && (readGuard(ef, body.List[k]) || normalizes(ef, fn, body.List[k])) {
		k++
	}
	if k == 0 {
		return body
	}
	return &ast.BlockStmt{Lbrace: body.List[k].Pos(), List: body.List[k:], Rbrace: body.Rbrace}
}

// normalizes reports, for afterGuards, a statement that gives a
// parameter of fn a value computed by calls that write nothing (sftpgo's
// username = config.convertName(username)): the function looks up by
// what its caller passed, normalized the same way on every call.
func normalizes(ef *effects, fn *types.Func, st ast.Stmt) bool {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	v, ok := ef.info.ObjectOf(identOf(as.Lhs[0])).(*types.Var)
	params := fn.Type().(*types.Signature).Params()
	if !ok || !slices.ContainsFunc(slices.Collect(params.Variables()), func(p *types.Var) bool { return p == v }) {
		return false
	}
	effect, writes := ef.judge(as.Rhs[0])
	return effect == "" && len(writes) == 0
}

// normalized returns how many of body's first statements normalizes
// accepts.
func normalized(ef *effects, fn *types.Func, body *ast.BlockStmt) int {
	k := 0
	for k < len(body.List)-1 && normalizes(ef, fn, body.List[k]) {
		k++
	}
	return k
}

// readGuard reports a guard for afterGuards.
func readGuard(ef *effects, st ast.Stmt) bool {
	is, ok := st.(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
		return false
	}
	r, ok := is.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) == 0 {
		return false
	}
	for _, n := range []ast.Node{is.Cond, r} {
		if effect, writes := ef.judge(n); effect != "" || len(writes) > 0 {
			return false
		}
	}
	return true
}

// summarizeCreate exports the CreateFact of a function of summarize's
// that creates: one insert whose error flows out, with no lookup or
// only reads that check other rows (the parent exists) or read the new
// row back; or a create among other writes (a user and its profile, in
// a transaction callback perhaps), a create all the same, for reporting.
func summarizeCreate(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func, body *ast.BlockStmt, lookups []*orm.Lookup, creates []*orm.Create) {
	info := pass.TypesInfo
	switch {
	case len(creates) == 1 && len(lookups) > 0 && (errorFlows(pass, body, creates[0].Call) || leavesOnError(info, body, creates[0].Call)) && onlyChecks(info, body, lookups, creates[0]):
		pass.ExportObjectFact(fn, &CreateFact{ORM: a.Name(), Model: qualified(creates[0].Model)})
	case len(creates) == 1 && len(lookups) == 0 && errorFlows(pass, body, creates[0].Call):
		pass.ExportObjectFact(fn, &CreateFact{ORM: a.Name(), Model: qualified(creates[0].Model)})
	case len(lookups) == 0:
		if c := firstCreate(pass, a, fd); c != nil && noLookups(info, a, body) {
			pass.ExportObjectFact(fn, &CreateFact{ORM: a.Name(), Model: qualified(c.Model), Multi: true})
		}
	}
}

// listGetter summarizes a function that returns the rows of one lookup
// of rows and drops its error (bbsgo's repositories: func (r *repo)
// Find(db *gorm.DB, cnd *sqls.Cnd) (list []T)): a lookup of rows, empty
// when none matched or the query failed.
func listGetter(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func) {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 1 {
		return
	}
	el := sliceElem(res.At(0).Type())
	if el == nil {
		return
	}
	m := &matcher{pass: pass, a: a, file: fileOf(pass, fd), sqlParams: true}
	lookups, creates := m.dataCalls(fd, fd.Body)
	if len(lookups) != 1 || len(creates) != 0 || lookups[0].Kind != orm.RowsLookup || !sameModel(lookups[0].Model, el) {
		return
	}
	l := lookups[0]
	f := &LookupFact{ORM: a.Name(), Model: qualified(l.Model), Key: l.Key, KeyErr: l.KeyErr, NilOnNotFound: true}
	if b := m.bindErr(fd.Body, l); b != nil {
		// if err != nil { panic(err) }: empty only when none matched
		f.FailedFound = panicsOnFailure(&walker{m: m, b: b}, fd.Body.List)
	}
	m.forwardConds(fd, l, f)
	pass.ExportObjectFact(fn, f)
}

// alternatives reads lookups of one model, each in its own branch of an
// if (a lookup by account when there is one, by organization when not)
// as one lookup, whose key is theirs when they agree and unknown when
// not: whichever branch runs, the function looks the row up once.
func alternatives(body *ast.BlockStmt, lookups []*orm.Lookup) []*orm.Lookup {
	if len(lookups) < 2 {
		return lookups
	}
	first := lookups[0]
	keys := []string{"(" + strings.Join(first.Key, ", ") + ")"}
	same := true
	for i, l := range lookups[1:] {
		if !sameModel(l.Model, first.Model) || l.Kind != first.Kind || !exclusive(body, lookups[i].Call, l.Call) {
			return lookups
		}
		same = same && l.KeyErr == "" && first.KeyErr == "" && slices.Equal(l.Key, first.Key)
		keys = append(keys, "("+strings.Join(l.Key, ", ")+")")
	}
	if same {
		return lookups[:1]
	}
	one := *first
	one.Key, one.Values, one.Pins = nil, nil, nil
	one.KeyErr = "the function looks the row up by other columns in each branch, " + strings.Join(keys, " or ") + ", so its key is unknown"
	return []*orm.Lookup{&one}
}

// exclusive reports whether a and b lie in the two branches of one if
// of body, so that at most one of them runs.
func exclusive(body *ast.BlockStmt, a, b ast.Node) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		is, ok := n.(*ast.IfStmt)
		if found || !ok || is.Else == nil {
			return !found
		}
		found = containsNode(is.Body, a) && containsNode(is.Else, b) || containsNode(is.Else, a) && containsNode(is.Body, b)
		return !found
	})
	return found
}

// paramSQL keeps a query whose SQL is a variable among lookups only
// when it is the one lookup and the SQL and its arguments come in as
// parameters (its callers say what it reads: sqlParams); otherwise it
// is no lookup, as before.
func paramSQL(info *types.Info, fn *types.Func, lookups []*orm.Lookup) (_ []*orm.Lookup, sqlParam, sqlArgs int) {
	if len(lookups) == 1 && lookups[0].SQL != nil {
		sqlParam, sqlArgs = sqlParams(info, fn, lookups[0])
	}
	if sqlParam == 0 {
		lookups = slices.DeleteFunc(lookups, func(l *orm.Lookup) bool { return l.SQL != nil })
	}
	return lookups, sqlParam, sqlArgs
}

// sqlParams returns, for a lookup whose SQL is a variable, 1 + the
// index of fn's string parameter that is that variable, and 1 + the
// index of its variadic parameter handed over as the arguments
// (QueryRow(query, args...)); 0, 0 otherwise.
func sqlParams(info *types.Info, fn *types.Func, l *orm.Lookup) (sqlParam, sqlArgs int) {
	sig := fn.Type().(*types.Signature)
	index := func(e ast.Expr) int {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		for i := 0; i < sig.Params().Len(); i++ {
			if info.Uses[id] == sig.Params().At(i) {
				return i
			}
		}
		return -1
	}
	q := index(l.SQL)
	if q < 0 || !sig.Variadic() || !l.SQLSpread || len(l.SQLArgs) != 1 {
		return 0, 0
	}
	if v := index(l.SQLArgs[0]); v == sig.Params().Len()-1 {
		return q + 1, v + 1
	}
	return 0, 0
}

// dataCalls returns the ORM lookups and plain creates of body (not in
// function literals, but for callbacks handed to session runners), as
// summarize weighs them.
func (m *matcher) dataCalls(fd *ast.FuncDecl, body *ast.BlockStmt) (lookups []*orm.Lookup, creates []*orm.Create) {
	inline := runnerLits(m.pass, body) // (a session runner's callback is read as the body's)
	ast.Inspect(body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			return inline[lit] != nil
		}
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		if l := m.mappedLookup(call); l != nil {
			lookups = append(lookups, l)
			return false // the lookup inside is this one
		}
		if l := m.viaLookup(call); l != nil && l.Kind == orm.ExistLookup && l.Dest != nil {
			// ok, err := util.FindOne(ctx, q, opts, item): a helper
			// that fills its argument and says whether it found one
			lookups = append(lookups, l)
			return false
		}
		if l := m.ormLookup(call); l != nil && l.Updates {
			// an update is a write, not a lookup callers can test
		} else if l != nil && l.Kind == orm.ValueLookup && l.Dest == nil && sliceElem(firstResult(m.pass.TypesInfo, call)) != nil {
			// rows returned, none an empty slice (ent's All)
			rows := *l
			rows.Kind = orm.RowsLookup
			lookups = append(lookups, &rows)
		} else if l != nil && (l.Kind == orm.ErrLookup || l.Kind == orm.RowsLookup || l.Kind == orm.ExistLookup && l.Dest != nil) {
			// (an ExistLookup that fills a destination: xorm's
			// has, err := x.Get(&u))
			lookups = append(lookups, l)
		} else if c := m.ormCreate(call); c != nil && m.plainInsert(fd, c) {
			creates = append(creates, c)
		} else if c := m.anyArgCreate(call); c != nil {
			creates = append(creates, c)
		}
		return true
	})
	return lookups, creates
}

// summaryBody is what summarize reads of fd: a cache's loader, what the
// function returns, or its body after its leading guards.
func summaryBody(info *types.Info, ef *effects, fd *ast.FuncDecl, fn *types.Func) *ast.BlockStmt {
	if lit := loaderLit(info, fd, fn); lit != nil {
		return lit.Body
	}
	return afterGuards(ef, fn, fd.Body)
}

// dropCountQueries drops the queries whose row a Scan reads as a count
// (row := q.db.QueryRow(...); err := row.Scan(&count), sqlc): the count
// is the lookup, summarized by countLookup.
func (m *matcher) dropCountQueries(body *ast.BlockStmt, lookups []*orm.Lookup) []*orm.Lookup {
	_, counts := m.scannedRows(body)
	if len(counts) == 0 {
		return lookups
	}
	return slices.DeleteFunc(lookups, func(l *orm.Lookup) bool { return counts[l.Call] })
}

// loaderLit returns the function literal fd hands to a helper whose
// results it returns as they are, when the literal returns what fd does
// (a cache's loader: return c.LoadOne("Name", func() (*Tag, error) {
// ...Scan(ctx)...; return &tag, nil }, name)); nil otherwise. Before the
// return, fd may only assign its locals and parameters (a key
// normalized). The helper is taken to give the loader's row, or its
// error, as a cache does on a miss.
func loaderLit(info *types.Info, fd *ast.FuncDecl, fn *types.Func) *ast.FuncLit {
	if fd.Body == nil || len(fd.Body.List) == 0 {
		return nil
	}
	list := fd.Body.List
	call := returnedCall(list)
	if call != nil {
		list = list[:len(list)-1]
	} else {
		var k int
		if call, k = forwardedCall(info, list); call == nil {
			return nil
		}
		list = list[:k]
	}
	for _, st := range list {
		as, ok := st.(*ast.AssignStmt)
		if !ok {
			return nil
		}
		for _, l := range as.Lhs {
			if _, ok := l.(*ast.Ident); !ok {
				return nil
			}
		}
	}
	res := fn.Type().(*types.Signature).Results()
	var found *ast.FuncLit
	for _, arg := range call.Args {
		lit, ok := ast.Unparen(arg).(*ast.FuncLit)
		if !ok {
			continue
		}
		sig, ok := info.TypeOf(lit).(*types.Signature)
		if !ok || found != nil || !types.Identical(sig.Results(), res) {
			return nil
		}
		found = lit
	}
	if found == nil || !types.Identical(info.TypeOf(call), tupleOrOne(res)) {
		return nil
	}
	return found
}

// returnedCall is the call the last statement of list returns as it is
// (return c.LoadOne(...)), or nil.
func returnedCall(list []ast.Stmt) *ast.CallExpr {
	ret, ok := list[len(list)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	call, _ := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	return call
}

// forwardedCall reads the statements of list from some k on as returning
// what a call returns, written out: x, err := <call>; if err != nil {
// return nil, err }; return x, nil, with ifs between whose bodies only
// return x, nil (a cache's "no need to populate" shortcut). It returns
// the call and k, or nil.
func forwardedCall(info *types.Info, list []ast.Stmt) (*ast.CallExpr, int) {
	for k := len(list) - 3; k >= 0; k-- {
		if call := forwardsFrom(info, list[k:]); call != nil {
			return call, k
		}
	}
	return nil, 0
}

func forwardsFrom(info *types.Info, list []ast.Stmt) *ast.CallExpr {
	as, ok := list[0].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	x, errV := info.ObjectOf(identOf(as.Lhs[0])), info.ObjectOf(identOf(as.Lhs[1]))
	if !ok || x == nil || errV == nil {
		return nil
	}
	is, ok := list[1].(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
		return nil
	}
	be, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.NEQ || info.ObjectOf(identOf(be.X)) != errV || !info.Types[be.Y].IsNil() {
		return nil
	}
	r, ok := is.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 2 || !info.Types[r.Results[0]].IsNil() || info.ObjectOf(identOf(r.Results[1])) != errV {
		return nil
	}
	returnsX := func(st ast.Stmt) bool {
		r, ok := st.(*ast.ReturnStmt)
		return ok && len(r.Results) == 2 && info.ObjectOf(identOf(r.Results[0])) == x && info.Types[r.Results[1]].IsNil()
	}
	for _, st := range list[2 : len(list)-1] {
		is, ok := st.(*ast.IfStmt)
		if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 || !returnsX(is.Body.List[0]) {
			return nil
		}
	}
	if !returnsX(list[len(list)-1]) {
		return nil
	}
	return call
}

// onlyChecks reports whether each of a create function's lookups either
// runs after its insert (the new row read back) or leaves the function
// on any error of its own, not-found included (a parent tag that must
// exist): none of them makes the function a get-or-create of its own,
// whose insert is reached where a row was not found.
func onlyChecks(info *types.Info, body *ast.BlockStmt, lookups []*orm.Lookup, c *orm.Create) bool {
	for _, l := range lookups {
		if l.Call.Pos() > c.Call.End() {
			continue
		}
		if !leavesOnError(info, body, l.Call) {
			return false
		}
	}
	return true
}

// leavesOnError reports a lookup assigned with its error (x, err :=
// <call>) in a statement followed by if err != nil { ...; return ... }
// (every error leaves, a row not found too).
func leavesOnError(info *types.Info, body *ast.BlockStmt, call *ast.CallExpr) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		list := stmtList(n)
		for i, st := range list {
			as, ok := st.(*ast.AssignStmt)
			if !ok || i+1 >= len(list) || len(as.Rhs) != 1 || !containsNode(as.Rhs[0], call) {
				continue
			}
			errV := info.ObjectOf(identOf(as.Lhs[len(as.Lhs)-1]))
			is, ok := list[i+1].(*ast.IfStmt)
			if !ok || is.Init != nil || is.Else != nil || errV == nil || !isErrorType(errV.Type()) {
				return false
			}
			be, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
			if ok && be.Op == token.NEQ && info.ObjectOf(identOf(be.X)) == errV && info.Types[be.Y].IsNil() && terminates(is.Body) {
				found = true
			}
			return false
		}
		return !found
	})
	return found
}

// mappedRows reports a function that returns its lookup of rows through
// a mapper of rows and their error (homebox's return
// mapTagsOut(q.All(ctx)), mapTagsOut being func([]*ent.Tag, error)
// ([]TagSummary, error)): return m(call).
func mappedRows(info *types.Info, body *ast.BlockStmt, call *ast.CallExpr) bool {
	if len(body.List) == 0 {
		return false
	}
	r, ok := body.List[len(body.List)-1].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return false
	}
	outer, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr)
	if !ok || len(outer.Args) != 1 || ast.Unparen(outer.Args[0]) != call {
		return false
	}
	sig, ok := under(info.TypeOf(outer.Fun)).(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() != 2 {
		return false
	}
	_, in := sig.Params().At(0).Type().Underlying().(*types.Slice)
	_, out := sig.Results().At(0).Type().Underlying().(*types.Slice)
	return in && out && isErrorType(sig.Params().At(1).Type()) && isErrorType(sig.Results().At(1).Type())
}

// firstResult is the type of call's first result, or nil.
func firstResult(info *types.Info, call *ast.CallExpr) types.Type {
	t := info.TypeOf(call)
	if tup, ok := t.(*types.Tuple); ok {
		if tup.Len() == 0 {
			return nil
		}
		return tup.At(0).Type()
	}
	return t
}

// tupleOrOne is the type of a call with results res.
func tupleOrOne(res *types.Tuple) types.Type {
	if res.Len() == 1 {
		return res.At(0).Type()
	}
	return res
}

// forwardedFact is the LookupFact of the function call calls, as that of
// fd, which only forwards to it: the query and the SQL it is handed, and
// the conditions this call gives it, read here.
func forwardedFact(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, call *ast.CallExpr) *LookupFact {
	info := pass.TypesInfo
	var f LookupFact
	if g := callee(info, call); g != nil && pass.ImportObjectFact(g, &f) && f.ORM == a.Name() {
		m := &matcher{pass: pass, a: a, file: fileOf(pass, call)}
		m.resolveQuery(call, &f) // the query it is handed: its key
		if f.Conds > 0 {
			// conditions handed on: this call's arguments are them
			// (UserGet(ctx, "username=?", username)); they are this
			// function's callers' only where it forwards its own
			l := m.viaLookup(call)
			if l == nil {
				return nil
			}
			f.Conds, f.CondsN, f.CondsInline, f.Key, f.KeyErr, f.KeyParams, f.KeySels = 0, 0, false, l.Key, l.KeyErr, nil, nil
			m.forwardConds(fd, l, &f)
		}
		if f.SQLParam > 0 {
			// the SQL it is handed: its table and key, read here
			l := m.viaLookup(call)
			if l == nil {
				return nil
			}
			f.Model, f.Key, f.KeyErr, f.KeyParams, f.KeySels, f.SQLParam, f.SQLArgs = qualified(l.Model), l.Key, l.KeyErr, nil, nil, 0, 0
		}
		if f.Handle > 0 && !m.forwardHanded(call, &f) {
			return nil
		}
		return &f
	}
	return nil
}

// summarizeLookupWrappers gives a function the LookupFact of the lookup
// function it only forwards to: return s.db.GetUser(id), or, through a
// runner that takes a callback (a read transaction),
// return Read(db, func(rx *gorm.DB) (*User, error) { return GetUser(rx, id) }).
// It repeats until nothing changes, for chains of layers.
func summarizeLookupWrappers(pass *analysis.Pass, a orm.Adapter, ef *effects) {
	var fd *ast.FuncDecl // the function being summarized
	forwarded := func(call *ast.CallExpr) *LookupFact { return forwardedFact(pass, a, fd, call) }
	single := func(body *ast.BlockStmt) *ast.CallExpr {
		if body == nil || len(body.List) != 1 {
			return nil
		}
		r, ok := body.List[0].(*ast.ReturnStmt)
		if !ok || len(r.Results) != 1 {
			return nil
		}
		call, _ := ast.Unparen(r.Results[0]).(*ast.CallExpr)
		return call
	}
	for changed := true; changed; {
		changed = false
		for d, fn := range funcs(pass, false) {
			if !returnsError(fn) {
				continue
			}
			var have LookupFact
			var cf CreateFact
			if pass.ImportObjectFact(fn, &have) || pass.ImportObjectFact(fn, &cf) {
				continue
			}
			fd = d
			call := single(fd.Body)
			if k := normalized(ef, fn, fd.Body); call == nil && k > 0 {
				// username = config.convertName(username); return ...
				call = single(&ast.BlockStmt{List: fd.Body.List[k:]})
			}
			if call == nil {
				// the row itself, or a struct of the module's own built
				// from it (a domain type: via.go's unreturnedModel)
				if f := guardedForward(pass, ef, fd, forwarded); f != nil && (returnsModel(fn, f.Model) || !f.Exists && domainResult(fn.Type().(*types.Signature).Results()) != nil || (f.Exists || f.Count) && basicFirst(fn)) {
					pass.ExportObjectFact(fn, f)
					changed = true
				}
				continue
			}
			lf := forwarded(call)
			if lf == nil {
				for _, arg := range call.Args {
					if lit, ok := ast.Unparen(arg).(*ast.FuncLit); ok {
						if inner := single(lit.Body); inner != nil {
							lf = forwarded(inner)
						}
					}
				}
			}
			if lf == nil || !returnsModel(fn, lf.Model) && !lf.Exists && !(lf.Count && basicFirst(fn)) {
				continue
			}
			pass.ExportObjectFact(fn, lf)
			changed = true
		}
	}
}

// summarizeWrappers gives a CreateFact (Multi: it does more than one
// plain insert) to the functions that create only through another
// function with one: a register helper that validates, then calls the
// repository's create. It repeats until nothing changes, so that a chain
// of wrappers in one package is followed whatever the order of the
// declarations.
func summarizeWrappers(pass *analysis.Pass, a orm.Adapter) {
	info := pass.TypesInfo
	for changed := true; changed; {
		changed = false
		for fd, fn := range funcs(pass, generatedRepo(a)) {
			if !returnsError(fn) {
				continue
			}
			var have CreateFact
			var lf LookupFact
			var ea ErrArgCreateFact
			if pass.ImportObjectFact(fn, &have) || pass.ImportObjectFact(fn, &lf) || pass.ImportObjectFact(fn, &ea) {
				continue
			}
			var model string
			clean, checked, several := true, false, false
			models := map[*ast.CallExpr]string{}
			checks := map[*ast.CallExpr]string{} // lookups of other rows, leaving on any error
			ast.Inspect(fd.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || !clean {
					return clean
				}
				if a.Lookup(info, call) != nil || a.Create(info, call) != nil {
					clean = false // direct ORM work: summarize judged it
					return false
				}
				g := callee(info, call)
				if g == nil || g == fn {
					return true
				}
				var cf CreateFact
				var gl LookupFact
				switch {
				case pass.ImportObjectFact(g, &gl) && leavesOnError(info, fd.Body, call):
					checks[call] = gl.Model // the post it stars must exist
				case pass.ImportObjectFact(g, &gl):
					clean = false // it looks up too: not a plain create
				case pass.ImportObjectFact(g, &cf) && cf.ORM == a.Name():
					several = several || model != "" && model != cf.Model
					model = cf.Model
					models[call] = cf.Model
					checked = checked || cf.Checked
				}
				return clean
			})
			if several {
				// a user, then its password: a create of the row
				// the function returns
				model = returnedCreate(info, fd, models)
			}
			for _, m := range checks {
				// a check of the created row itself is a get-or-create
				clean = clean && m != model
			}
			if clean && model != "" {
				pass.ExportObjectFact(fn, &CreateFact{ORM: a.Name(), Model: model, Multi: true, Checked: checked})
				changed = true
			}
		}
	}
}

// completeWrappers completes the facts of the wrappers summarizeWrappers
// found whose one write is a call of another create function (the
// service's CreateAgent that converts its argument to the model, stamps
// it and calls the repository's): such a wrapper is that create but for
// what else it writes (Impure), and its record is its parameter when it
// hands that on (Record). Its insert's error must be what it returns. It
// repeats until nothing changes, so that a wrapper of a wrapper waits for
// the inner one's fact.
func completeWrappers(pass *analysis.Pass, a orm.Adapter, ef *effects) {
	info := pass.TypesInfo
	for changed := true; changed; {
		changed = false
		for fd, fn := range funcs(pass, generatedRepo(a)) {
			var f CreateFact
			if !pass.ImportObjectFact(fn, &f) || f.ORM != a.Name() || !f.Multi || f.Checked || firstCreate(pass, a, fd) != nil {
				continue
			}
			call, g := soleCreateCall(pass, a, fd)
			if call == nil || g.Multi || g.Checked || g.AnyArg > 0 || g.Model != f.Model || !errorFlows(pass, fd.Body, call) && !returnedWhole(fd.Body, call) {
				continue
			}
			params := paramIndex(info, fd)
			rec := -2
			if g.Record > 0 && g.Record <= len(call.Args) && call.Ellipsis == token.NoPos {
				if i, ok := paramOf(info, params, call.Args[g.Record-1]); ok && i >= 0 {
					rec, f.Record = i, i+1
				}
			}
			if f.Record == 0 && g.Record > 0 && g.Record <= len(call.Args) {
				// Insert(ctx, &dao.User{Email: email}): a record the
				// wrapper builds of its parameters
				f.Fields, f.FieldParams = builtFromParams(info, fd, &orm.Create{Arg: call.Args[g.Record-1]}, params)
				f.FieldSels = nil
			}
			if f.Record == 0 && f.Fields == nil {
				f.Fields, f.FieldParams, f.FieldSels = handedFields(info, params, call, g)
				if f.Fields != nil && len(f.FieldSels) > 0 && f.FieldSels[0] != "" {
					// the fields of one record parameter: that
					// parameter is the record, as the caller sees it
					rec = f.FieldParams[0]
				}
			}
			c := &orm.Create{Call: call, Via: funcName(callee(info, call)), ViaPure: g.Pure, ViaWhy: g.Impure}
			f.Impure = createImpure(ef, fd, c, params, rec)
			f.Pure, f.Multi = f.Impure == "", false
			f.Savepoint = g.Savepoint && f.Pure
			pass.ExportObjectFact(fn, &f)
			changed = true
		}
	}
}

// handedFields maps the fields the create function g sets from its
// arguments to the parameters of the wrapper that hands them on (o to
// insertOperator(ctx, o), which inserts o.TenantID, o.Kind, o.Name):
// nil unless every one is a parameter of the wrapper's.
func handedFields(info *types.Info, params map[types.Object]int, call *ast.CallExpr, g *CreateFact) (fields []string, fps []int, sels []string) {
	if len(g.Fields) == 0 || call.Ellipsis != token.NoPos {
		return nil, nil, nil
	}
	for i, name := range g.Fields {
		p := g.FieldParams[i]
		if p < 0 && (i >= len(g.FieldSels) || g.FieldSels[i] == "") {
			// a constant the inner create sets (VALUES ($1, 0))
			fields, fps, sels = append(fields, name), append(fps, -1), append(sels, "")
			continue
		}
		if p < 0 || p >= len(call.Args) {
			return nil, nil, nil
		}
		sel := ""
		if i < len(g.FieldSels) {
			sel = g.FieldSels[i]
		}
		j, ok := paramOf(info, params, call.Args[p])
		if !ok {
			// a literal of the create's parameters struct, built from
			// the wrapper's parameters (sqlc's CreateUserParams)
			j, sel, ok = litField(info, params, call.Args[p], sel)
		}
		if !ok || j < 0 {
			return nil, nil, nil
		}
		fields, fps, sels = append(fields, name), append(fps, j), append(sels, sel)
	}
	return fields, fps, sels
}

// returnedWhole reports a call whose results the function returns as
// they are (return r.queries.CreateOperator(ctx, r.pool, params)).
func returnedWhole(body *ast.BlockStmt, call *ast.CallExpr) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit || found {
			return false
		}
		if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) == 1 && ast.Unparen(r.Results[0]) == call {
			found = true
		}
		return !found
	})
	return found
}

// soleCreateCall returns the one call in fd of a create function of a's
// (function literals included), with its fact, or nil when there is
// none or more than one.
func soleCreateCall(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl) (*ast.CallExpr, *CreateFact) {
	var one *ast.CallExpr
	var fact *CreateFact
	n := 0
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return true
		}
		var g CreateFact
		if h := callee(pass.TypesInfo, call); h != nil && pass.ImportObjectFact(h, &g) && g.ORM == a.Name() {
			one, fact = call, &g
			n++
		}
		return true
	})
	if n != 1 {
		return nil, nil
	}
	return one, fact
}

// returnedCreate returns the model of the one create among models (calls
// of create functions, with their models) whose result the function
// returns (user, err := r.queries.CreateUser(ctx, tx, params) ... return
// user, nil), or "" when there is no such create, or several models.
func returnedCreate(info *types.Info, fd *ast.FuncDecl, models map[*ast.CallExpr]string) string {
	returned := map[types.Object]bool{}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if id, ok := ast.Unparen(r).(*ast.Ident); ok && info.Uses[id] != nil {
					returned[info.Uses[id]] = true
				}
			}
		}
		return true
	})
	model := ""
	for call, m := range models {
		as := lookupAssign(fd.Body, call)
		if as == nil || len(as.Lhs) < 2 {
			continue
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		if !ok || !returned[info.ObjectOf(id)] {
			continue
		}
		if model != "" && model != m {
			return ""
		}
		model = m
	}
	return model
}

// savesNewCopy reports a Save that inserts for its callers: a Save of
// the row its caller hands in, a pointer parameter (gophish's PostPage:
// db.Save(p)) or the address of a struct parameter passed by value
// (headscale's State.CreateUser: s.db.Save(&user)). Whether it inserts
// is the caller's (CreateFact.Save, matcher.newRow), but for a copy in a
// function named as a create (CreateUser, InsertUser, AddUser, NewUser,
// RegisterUser: namedCopy), which its callers hand new rows.
func savesNewCopy(info *types.Info, fd *ast.FuncDecl, c *orm.Create) bool {
	_, ok := savedParam(info, fd, c)
	return ok
}

// plainInsert reports whether c, an ORM create in fd, inserts a row
// and no more: not an atomic upsert, and a Save only of a struct
// parameter's copy or of a row fd has just built.
func (m *matcher) plainInsert(fd *ast.FuncDecl, c *orm.Create) bool {
	return !c.Atomic && (!c.MayUpdate || savesNewCopy(m.pass.TypesInfo, fd, c) || m.savesFreshRow(fd, c))
}

// savesFreshRow reports a Save (c) of a row fd has just built: a
// literal that sets no primary key, or a local variable the statement
// before it in the same block sets to one (project := &Project{...};
// db.Save(project); repo = Repo{...}; db.Save(&repo)), with nothing
// between. GORM's Save of a row with no primary key inserts it, as
// Create does (digger's CreateProject).
func (m *matcher) savesFreshRow(fd *ast.FuncDecl, c *orm.Create) bool {
	if !c.MayUpdate || c.Arg == nil || fd.Body == nil {
		return false
	}
	x := ast.Unparen(c.Arg)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	if orm.LitOf(x) != nil {
		return m.newRow(c.Call, c.Arg, c.Model)
	}
	info := m.pass.TypesInfo
	v, ok := info.Uses[identOf(x)].(*types.Var)
	if !ok {
		return false
	}
	fresh := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		b, ok := n.(*ast.BlockStmt)
		if !ok || fresh {
			return !fresh
		}
		for i, st := range b.List {
			if i == 0 || st.Pos() > c.Call.Pos() || c.Call.End() > st.End() {
				continue
			}
			as, ok := b.List[i-1].(*ast.AssignStmt)
			if ok && len(as.Lhs) == 1 && len(as.Rhs) == 1 && info.ObjectOf(identOf(as.Lhs[0])) == v {
				fresh = m.newRow(c.Call, as.Rhs[0], c.Model)
			}
		}
		return !fresh
	})
	return fresh
}

// namedCopy reports savesNewCopy's Save of a copy in a function named as
// a create.
func namedCopy(info *types.Info, fd *ast.FuncDecl, c *orm.Create) bool {
	byValue, ok := savedParam(info, fd, c)
	if !ok || !byValue {
		return false
	}
	for _, p := range []string{"Create", "Insert", "Add", "New", "Register"} {
		if strings.HasPrefix(fd.Name.Name, p) || strings.HasPrefix(fd.Name.Name, strings.ToLower(p)) {
			return true
		}
	}
	return false
}

// savedParam reports whether c saves a struct parameter of fd, through
// a pointer or by value (&v: byValue).
func savedParam(info *types.Info, fd *ast.FuncDecl, c *orm.Create) (byValue, ok bool) {
	x := ast.Unparen(c.Arg)
	if u, isAddr := x.(*ast.UnaryExpr); isAddr && u.Op == token.AND {
		x, byValue = ast.Unparen(u.X), true
	}
	v, isVar := info.Uses[identOf(x)].(*types.Var)
	if !isVar {
		return false, false
	}
	t := v.Type()
	if !byValue {
		p, isPtr := t.Underlying().(*types.Pointer)
		if !isPtr {
			return false, false
		}
		t = p.Elem()
	}
	if _, isStruct := t.Underlying().(*types.Struct); !isStruct {
		return false, false
	}
	for _, f := range fd.Type.Params.List {
		for _, n := range f.Names {
			if info.Defs[n] == v {
				return byValue, true
			}
		}
	}
	return false, false
}

func isFunc(obj types.Object) bool { _, ok := obj.(*types.Func); return ok }

// noLookups reports whether body, function literals included, has no
// lookup of a's ORM: a function that inserts among other work (more
// writes, a log line, a hashed password) is a create for its callers.
func noLookups(info *types.Info, a orm.Adapter, body *ast.BlockStmt) bool {
	lookups := 0
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && a.Lookup(info, call) != nil {
			lookups++
		}
		return true
	})
	return lookups == 0
}

// firstCreate returns the first plain create in body, function literals
// included.
func firstCreate(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl) *orm.Create {
	m := &matcher{pass: pass, a: a, file: fileOf(pass, fd)}
	var first *orm.Create
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && first == nil {
			if c := m.ormCreate(call); c != nil && m.plainInsert(fd, c) && !c.Batch {
				first = c
			} else if c := m.anyArgCreate(call); c != nil {
				first = c
			}
		}
		return first == nil
	})
	return first
}

// returnsModel reports whether fn returns the model (a result *User), or
// the model is a table (the SQL layers: whatever the function returns of
// the row, sqlc's *User struct or an id).
func returnsModel(fn *types.Func, model string) bool {
	return modelIn(fn.Type().(*types.Signature).Results(), model) != nil || sqlorm.Model(model) != nil
}

// modelIn finds the named type called model among vars (a result *User).
func modelIn(vars *types.Tuple, model string) *types.Named {
	for i := 0; i < vars.Len(); i++ {
		t := vars.At(i).Type()
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && qualified(n) == model {
			return n
		}
	}
	return nil
}

// FuncObjName names a function as FuncName names its declaration: Name,
// or Recv.Name for a method.
func FuncObjName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	return name
}

// funcName is pkg.Func or pkg.Type.Method.
func funcName(fn *types.Func) string {
	name := FuncObjName(fn)
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return strings.TrimPrefix(name, ".")
}

// summarizeErrTests exports an ErrTestFact for each function of the
// package whose only statement returns a test of its one error parameter
// that adapter a understands.
func summarizeErrTests(pass *analysis.Pass, a orm.Adapter) {
	for fd, fn := range funcs(pass, true) {
		if len(fd.Body.List) != 1 {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if !errorTestSig(sig) {
			continue
		}
		ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		b := &orm.Binding{Lookup: &orm.Lookup{Kind: orm.ErrLookup}, Err: sig.Params().At(0)}
		w := &walker{m: &matcher{pass: pass, a: a}, b: b}
		t, fl := w.cond(ret.Results[0])
		if t == orm.All && fl == orm.All {
			continue
		}
		pass.ExportObjectFact(fn, &ErrTestFact{ORM: a.Name(), WhenTrue: t, WhenFalse: fl})
	}
}

func errorTestSig(sig *types.Signature) bool {
	if sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	r, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && r.Kind() == types.Bool && types.Identical(sig.Params().At(0).Type(), types.Universe.Lookup("error").Type())
}

// nilOnNotFound reports whether body returns a nil error from a branch
// taken when its lookup found no row.
func nilOnNotFound(pass *analysis.Pass, a orm.Adapter, body *ast.BlockStmt, l *orm.Lookup) bool {
	info := pass.TypesInfo
	as := lookupAssign(body, l.Call)
	if as == nil {
		return false
	}
	var errVar, dest types.Object
	if id, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident); ok {
		errVar = info.ObjectOf(id)
	}
	var has types.Object
	if len(as.Lhs) == 2 { // u, err := q.Only(ctx)
		if id, ok := as.Lhs[0].(*ast.Ident); ok {
			dest = info.ObjectOf(id)
		}
	}
	if l.Kind == orm.ExistLookup && len(as.Lhs) == 2 { // has, err := x.Get(&u)
		has, dest = dest, nil
		if u, ok := ast.Unparen(l.Dest).(*ast.UnaryExpr); ok && u.Op == token.AND {
			if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
				dest = info.ObjectOf(id)
			}
		} else if id, ok := ast.Unparen(l.Dest).(*ast.Ident); ok {
			dest = info.ObjectOf(id)
		}
	}
	if errVar == nil {
		return false
	}
	b := &orm.Binding{Lookup: l, Err: errVar, Count: has}
	if v, ok := dest.(*types.Var); ok && v.Name() != "_" {
		b.Dest = v
	}
	m := &matcher{pass: pass, a: a, file: fileOf(pass, as)}
	if len(as.Lhs) == 1 && !isErrorType(errVar.Type()) {
		// result := db.Take(org, ...); result.Error: the ORM's own
		// binding of its result
		if rb := m.bind(as); rb != nil && rb.Lookup.Call == l.Call {
			b = rb
		}
	}
	w := &walker{m: m, b: b}
	found := false
	if sequentialNilOnNotFound(info, w, body, as) {
		return true
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if sw, ok := n.(*ast.SwitchStmt); ok && !found {
			found = switchNilOnNotFound(info, w, sw)
			return !found
		}
		is, ok := n.(*ast.IfStmt)
		if !ok || found {
			return !found
		}
		// Down an if / else if chain, each condition holds only on the
		// outcomes the ones before it left.
		reach := orm.All
		for is != nil && !found {
			t, f := w.cond(is.Cond)
			if t&reach == orm.NotFound && returnsNilErr(info, is.Body) {
				found = true
			}
			reach &= f
			is, _ = is.Else.(*ast.IfStmt)
		}
		return !found
	})
	return found || fallsToNilReturn(pass, w, body, b)
}

// switchNilOnNotFound reports a tagless switch whose clause taken on
// not-found alone returns a nil error (switch { case errors.Is(err,
// sql.ErrNoRows): return nil, nil; case err != nil: return nil, err }).
func switchNilOnNotFound(info *types.Info, w *walker, sw *ast.SwitchStmt) bool {
	if sw.Tag != nil || sw.Init != nil {
		return false
	}
	reach := orm.All
	for _, st := range sw.Body.List {
		cc := st.(*ast.CaseClause)
		if cc.List == nil {
			continue
		}
		t, f := orm.Outcome(0), orm.All
		for _, e := range cc.List {
			ti, fi := w.cond(e)
			t, f = t|ti, f&fi
		}
		if t&reach == orm.NotFound && returnsNilErr(info, &ast.BlockStmt{List: cc.Body}) {
			return true
		}
		reach &= f
	}
	return false
}

// fallsToNilReturn reports a function whose not-found outcome falls
// through its top-level ifs to a final `return x, nil` where x is nil
// then: the entity pointer the lookup returned (ent returns nil with an
// error), or a conversion of it that gives nil for nil (chainloop's
// `if err != nil && !ent.IsNotFound(err) { return nil, err }; return
// entMembershipToBiz(m), nil`).
func fallsToNilReturn(pass *analysis.Pass, w *walker, body *ast.BlockStmt, b *orm.Binding) bool {
	info := pass.TypesInfo
	if b.Dest == nil || len(body.List) == 0 {
		return false
	}
	if _, ptr := types.Unalias(b.Dest.Type()).(*types.Pointer); !ptr {
		return false
	}
	ret, ok := body.List[len(body.List)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 2 || !info.Types[ret.Results[1]].IsNil() {
		return false
	}
	x := ast.Unparen(ret.Results[0])
	if c, ok := x.(*ast.CallExpr); ok && len(c.Args) == 1 {
		fn, _ := orm.Callee(info, c).(*types.Func)
		if fn == nil || fn.Pkg() != pass.Pkg || !nilPreserving(pass, fn) {
			return false
		}
		x = ast.Unparen(c.Args[0])
	}
	if id, ok := x.(*ast.Ident); !ok || info.Uses[id] != b.Dest {
		return false
	}
	reach := orm.All
	for _, st := range body.List[:len(body.List)-1] {
		switch st := st.(type) {
		case *ast.IfStmt:
			_, f := w.cond(st.Cond)
			if st.Else != nil || !terminates(st.Body) {
				return false
			}
			reach &= f
		case *ast.AssignStmt:
			if lookupAssign(&ast.BlockStmt{List: []ast.Stmt{st}}, b.Lookup.Call) == nil {
				return false // only the lookup's own assignment
			}
		default:
			return false
		}
	}
	return reach&orm.NotFound != 0 && reach&orm.Failed == 0
}

// terminates reports a block that ends in a return.
func terminates(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch last := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		return isPanic(last) // panic(err): casdoor's HasUserByField
	}
	return false
}

// exits reports an if with no init and no else whose body leaves
// (terminates): if cond { return ... }.
func exits(is *ast.IfStmt) bool {
	return is.Init == nil && is.Else == nil && terminates(is.Body)
}

// isPanic reports a statement that calls the builtin panic.
func isPanic(st ast.Stmt) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	return ok && id.Name == "panic"
}

// nilPreserving reports a function of the package whose first statement
// returns nil when its one pointer parameter is nil: if m == nil {
// return nil }.
func nilPreserving(pass *analysis.Pass, fn *types.Func) bool {
	decl := declOf(pass, fn)
	sig := fn.Type().(*types.Signature)
	if decl == nil || decl.Body == nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || len(decl.Body.List) == 0 {
		return false
	}
	is, ok := decl.Body.List[0].(*ast.IfStmt)
	if !ok || is.Init != nil || len(is.Body.List) != 1 {
		return false
	}
	be, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.EQL {
		return false
	}
	param := sig.Params().At(0)
	id, ok := ast.Unparen(be.X).(*ast.Ident)
	if !ok || pass.TypesInfo.Uses[id] != param || !pass.TypesInfo.Types[be.Y].IsNil() {
		return false
	}
	r, ok := is.Body.List[0].(*ast.ReturnStmt)
	return ok && len(r.Results) == 1 && pass.TypesInfo.Types[r.Results[0]].IsNil()
}

// returnsNilErr reports whether the block returns with a nil error.
func returnsNilErr(info *types.Info, b *ast.BlockStmt) bool {
	for _, s := range b.List {
		if r, ok := s.(*ast.ReturnStmt); ok && len(r.Results) > 0 {
			if tv, ok := info.Types[r.Results[len(r.Results)-1]]; ok && tv.IsNil() {
				return true
			}
		}
	}
	return false
}

// existsHelper exports a LookupFact{Exists: true} for a function whose
// only statement returns a found-test of one lookup, and reports whether
// it did.
func existsHelper(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 1 || len(fd.Body.List) != 1 {
		return false
	}
	if b, ok := res.At(0).Type().(*types.Basic); !ok || b.Kind() != types.Bool {
		return false
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	info := pass.TypesInfo
	var l *orm.Lookup
	ast.Inspect(ret.Results[0], func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && l == nil {
			if x := a.Lookup(info, call); x != nil && (x.Kind == orm.ErrLookup || x.Kind == orm.RowsLookup) {
				l = x
			}
		}
		return l == nil
	})
	if l == nil {
		return false
	}
	w := &walker{m: &matcher{pass: pass, a: a}, b: &orm.Binding{Lookup: l, Expr: l.Call}}
	if t, _ := w.cond(ret.Results[0]); t != orm.Found {
		return false
	}
	pass.ExportObjectFact(fn, w.m.existsFact(fd, l))
	return true
}

// findModel finds the named type with the qualified name q in pkg or the
// packages it imports.
func findModel(pkg *types.Package, q string, seen map[*types.Package]bool) *types.Named {
	if n := sqlorm.Model(q); n != nil {
		return n // a table (no package declares it)
	}
	if seen[pkg] {
		return nil
	}
	seen[pkg] = true
	i := strings.LastIndex(q, ".")
	if i < 0 {
		return nil
	}
	if pkg.Path() == q[:i] {
		if tn, ok := pkg.Scope().Lookup(q[i+1:]).(*types.TypeName); ok {
			n, _ := tn.Type().(*types.Named)
			return n
		}
		return nil
	}
	for _, imp := range pkg.Imports() {
		if n := findModel(imp, q, seen); n != nil {
			return n
		}
	}
	return nil
}

// summarizeErrArgs exports an ErrArgCreateFact for each function with an
// error parameter whose body creates only when that error is not-found.
func summarizeErrArgs(pass *analysis.Pass, a orm.Adapter, ef *effects) {
	errType := types.Universe.Lookup("error").Type()
	for fd, fn := range funcs(pass, false) {
		f := fileOf(pass, fd)
		params := fn.Type().(*types.Signature).Params()
		for i := 0; i < params.Len(); i++ {
			if !types.Identical(params.At(i).Type(), errType) {
				continue
			}
			b := &orm.Binding{Lookup: &orm.Lookup{Kind: orm.ErrLookup}, Err: params.At(i)}
			if found := createOnNotFound(pass, a, f, ef, fd, b); found != nil {
				pass.ExportObjectFact(fn, &ErrArgCreateFact{ORM: a.Name(), Model: qualified(found.Model), Param: i})
				break
			}
		}
	}
}

// createOnNotFound walks fd's body from its start as if b were a lookup
// (a parameter holding its error, or its row) and returns the plain
// create that only the not-found outcome reaches, or nil.
func createOnNotFound(pass *analysis.Pass, a orm.Adapter, f *ast.File, ef *effects, fd *ast.FuncDecl, b *orm.Binding) *orm.Create {
	w := &walker{m: &matcher{pass: pass, a: a, file: f, seen: map[*ast.CallExpr]bool{}, ef: ef}, b: b}
	var found *orm.Create
	w.onCreate = func(c *orm.Create, reach orm.Outcome) {
		if reach.Has(orm.NotFound) && !reach.Has(orm.Found) && !c.Atomic && !c.MayUpdate {
			found = c
		}
	}
	w.region(fd.Body.List, orm.All)
	return found
}

// summarizeValueArgs exports a ValueArgCreateFact for each function with a
// parameter of a model type (or a pointer to one) whose missing value
// leads, and leads alone, to a create of that model.
func summarizeValueArgs(pass *analysis.Pass, a orm.Adapter, ef *effects) {
	for fd, fn := range funcs(pass, false) {
		f := fileOf(pass, fd)
		params := fn.Type().(*types.Signature).Params()
		for i := 0; i < params.Len(); i++ {
			t := params.At(i).Type()
			if p, ok := types.Unalias(t).(*types.Pointer); ok {
				t = p.Elem()
			}
			model, ok := types.Unalias(t).(*types.Named)
			if !ok {
				continue
			}
			if _, isStruct := model.Underlying().(*types.Struct); !isStruct {
				continue
			}
			b := &orm.Binding{Lookup: &orm.Lookup{Kind: orm.ValueLookup, Model: model}, Dest: params.At(i)}
			if found := createOnNotFound(pass, a, f, ef, fd, b); found != nil && sameModel(found.Model, model) {
				pass.ExportObjectFact(fn, &ValueArgCreateFact{ORM: a.Name(), Model: qualified(model), Param: i})
				break
			}
		}
	}
}

// derefAll strips every pointer from t (**T: a destination passed as the
// address of a pointer).
func derefAll(t types.Type) types.Type {
	for t != nil {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			break
		}
		if _, ok := types.Unalias(p.Elem()).(*types.Pointer); !ok {
			return t
		}
		t = p.Elem()
	}
	return t
}

// lookupAssign returns the assignment in body of the lookup call's result,
// or of its .Error: err := db.First(&u).Error, u, err := q.Only(ctx); nil
// if there is none.
func lookupAssign(body *ast.BlockStmt, call *ast.CallExpr) *ast.AssignStmt {
	var found *ast.AssignStmt
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found != nil || len(as.Rhs) != 1 {
			return found == nil
		}
		rhs := ast.Unparen(as.Rhs[0])
		if sel, ok := rhs.(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" {
			rhs = ast.Unparen(sel.X)
		}
		if rhs == call {
			found = as
		}
		return found == nil
	})
	return found
}

// enriches returns the first of lookups when the function returns
// (nil, nil) on its not-found alone and runs the others only on its found
// path, to read more about the row (chainloop's
// FindProjectMembershipByProjectAndID: the membership, then its user):
//
//	m, err := q.Only(ctx)
//	if err != nil {
//		if ent.IsNotFound(err) { return nil, nil }
//		return nil, err
//	}
//	u, err := client.User.Get(ctx, m.UserID) // found path only
//	...
//	return toBiz(m, u), nil
//
// A later return gives a non-nil value or an error, never (nil, nil):
// callers then learn "not found" from the first lookup only. nil
// otherwise.
func enriches(pass *analysis.Pass, a orm.Adapter, body *ast.BlockStmt, lookups []*orm.Lookup) *orm.Lookup {
	first := lookups[0]
	for _, l := range lookups[1:] {
		if l.Call.Pos() < first.Call.Pos() {
			first = l
		}
	}
	if first.Kind != orm.ErrLookup {
		return nil
	}
	as := lookupAssign(body, first.Call)
	i := slices.IndexFunc(body.List, func(s ast.Stmt) bool { return s == ast.Stmt(as) })
	if as == nil || i < 0 || i+1 >= len(body.List) {
		return nil
	}
	is, ok := body.List[i+1].(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) == 0 {
		return nil
	}
	if _, ok := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); !ok {
		return nil
	}
	head := &ast.BlockStmt{List: body.List[:i+2]}
	if !nilOnNotFound(pass, a, head, first) {
		return nil
	}
	errID, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
	if !ok {
		return nil
	}
	b := &orm.Binding{Lookup: first, Err: pass.TypesInfo.ObjectOf(errID)}
	w := &walker{m: &matcher{pass: pass, a: a}, b: b}
	if t, _ := w.cond(is.Cond); !t.Has(orm.NotFound|orm.Failed) || t&orm.Found != 0 {
		return nil // the if must leave on every outcome but found
	}
	for _, l := range lookups {
		if l != first && l.Call.Pos() < is.End() {
			return nil
		}
	}
	info := pass.TypesInfo
	ok = true
	for _, s := range body.List[i+2:] {
		ast.Inspect(s, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(n.Results) == 2 && info.Types[n.Results[0]].IsNil() && info.Types[n.Results[1]].IsNil() {
					ok = false
				}
			}
			return ok
		})
	}
	if !ok {
		return nil
	}
	return first
}

// readsAfter reports a function whose one lookup, assigned with its
// error in a statement of body's own, is followed by if err != nil {
// ...; return ..., err } and then only by statements that read (no
// effect, no write beyond locals):
//
//	admin, err := getAdminFromDbRow(row)
//	if err != nil {
//		return admin, err
//	}
//	return getAdminWithGroups(ctx, admin, dbHandle)
//
// Its callers see the lookup's outcome, its not-found error as the lookup
// gives it, and the later reads' failures as failures.
func readsAfter(pass *analysis.Pass, ef *effects, body *ast.BlockStmt, l *orm.Lookup) bool {
	if l.Kind != orm.ErrLookup {
		return false
	}
	as := lookupAssign(body, l.Call)
	i := slices.IndexFunc(body.List, func(s ast.Stmt) bool { return s == ast.Stmt(as) })
	if as == nil || i < 0 || i+2 >= len(body.List) {
		return false
	}
	errV := pass.TypesInfo.ObjectOf(identOf(as.Lhs[len(as.Lhs)-1]))
	is, ok := body.List[i+1].(*ast.IfStmt)
	if !ok || errV == nil || is.Init != nil || is.Else != nil || !terminates(is.Body) {
		return false
	}
	be, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.NEQ || pass.TypesInfo.ObjectOf(identOf(be.X)) != errV || !pass.TypesInfo.Types[be.Y].IsNil() {
		return false
	}
	r, ok := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt)
	if !ok || len(r.Results) == 0 || pass.TypesInfo.ObjectOf(identOf(r.Results[len(r.Results)-1])) != errV {
		return false
	}
	for _, st := range body.List[i+2:] {
		if why, ws := ef.judge(st); why != "" || !localWrites(body, ws) {
			return false
		}
	}
	return true
}

// localWrites reports whether ws write only variables body declares
// (err = ..., s.Headers = nil of a local struct s), not the package's,
// nor through a pointer (which may reach the caller's memory).
func localWrites(body *ast.BlockStmt, ws []write) bool {
	for _, w := range ws {
		if w.obj == nil || w.through || w.obj.Pos() < body.Pos() || w.obj.Pos() >= body.End() {
			return false
		}
	}
	return true
}

// onlyRowsAfter reports whether the lookups after the first, if any, are
// of rows (gophish's GetSMTPByName reads the SMTP's headers with
// Find(&s.Headers) after it found the SMTP): those never say not-found,
// so the function's not-found is its first lookup's.
func onlyRowsAfter(lookups []*orm.Lookup) bool {
	for _, l := range lookups[1:] {
		if l.Kind != orm.RowsLookup || l.Call.Pos() < lookups[0].Call.Pos() {
			return false
		}
	}
	return true
}

// summarizeErrAs exports an ErrAsFact for each function of the package
// whose one statement returns errors.As of its error parameter.
func summarizeErrAs(pass *analysis.Pass) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, false) {
		sig := fn.Type().(*types.Signature)
		if sig.Params().Len() != 1 || sig.Results().Len() != 1 ||
			!types.Identical(sig.Params().At(0).Type(), types.Universe.Lookup("error").Type()) {
			continue
		}
		if t := assertsType(info, fd.Body, sig.Params().At(0)); t != "" {
			pass.ExportObjectFact(fn, &ErrAsFact{Type: t})
			continue
		}
		if len(fd.Body.List) != 1 {
			continue
		}
		r, ok := fd.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(r.Results) != 1 {
			continue
		}
		call, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr)
		if !ok {
			continue
		}
		if t := errAsTarget(info, call, sig.Params().At(0)); t != "" {
			pass.ExportObjectFact(fn, &ErrAsFact{Type: t})
		}
	}
}

// errAsTarget returns the type errors.As(err, target) looks for in err's
// chain (T for a target of type *T: &T{}, new(T), &t), for err the
// variable v, as errTypeName names it; "" otherwise.
func errAsTarget(info *types.Info, call *ast.CallExpr, v types.Object) string {
	fn, ok := orm.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "As" || len(call.Args) != 2 {
		return ""
	}
	if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); !ok || info.Uses[id] != v {
		return ""
	}
	p, ok := types.Unalias(info.TypeOf(call.Args[1])).(*types.Pointer)
	if !ok || types.IsInterface(p.Elem()) {
		return ""
	}
	return errTypeName(p.Elem())
}

// elem is t with every pointer taken off.
func elem(t types.Type) types.Type {
	for {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return t
		}
		t = p.Elem()
	}
}

// hiddenErrCreate summarizes a function that returns no error and
// inserts one row, leaving on the insert's error without it (casnode's
// AddNode: if err != nil { panic(err) }; or log it and return false):
// a create, for reporting, that its callers cannot retry
// (CreateFact.HidesErr).
func hiddenErrCreate(pass *analysis.Pass, a orm.Adapter, fd *ast.FuncDecl, fn *types.Func, ef *effects) {
	m := &matcher{pass: pass, a: a, file: fileOf(pass, fd)}
	lookups, creates := m.dataCalls(fd, summaryBody(pass.TypesInfo, ef, fd, fn))
	if len(lookups) != 0 || len(creates) != 1 || !leavesOnError(pass.TypesInfo, fd.Body, creates[0].Call) {
		return
	}
	pass.ExportObjectFact(fn, &CreateFact{ORM: a.Name(), Model: qualified(creates[0].Model), HidesErr: true})
}

// hidesErrVia is what a create through a function with a CreateFact
// that is HidesErr says of it.
const hidesErrVia = "(which keeps the insert's error from its callers)"

// checkedVia is what a create through a function with a CreateFact
// that is Checked says of it.
const checkedVia = "(which looks the row up itself before it inserts)"

// exportChecked gives a CreateFact that is Checked to each function of
// the package that holds a get-or-create of its own (a finding whose
// lookup and create are both in it), or an upsert, unless it has a
// summary already: a caller that looks the row up before calling it races
// too (wg-portal's Manager.create over SqlRepo.SaveUser, chainloop's
// AddMemberToGroup). It reports whether it exported one.
func exportChecked(pass *analysis.Pass, findings []*Finding) bool {
	changed := false
	for _, fd := range findings {
		s := fd.Site
		if s == nil || s.Create == nil || s.Create.Model == nil || s.Adapter == nil {
			continue
		}
		decl := enclosingDecl(pass, s.Create.Call.Pos())
		if decl == nil || s.Lookup == nil || s.Lookup.Call == nil || s.Lookup.Call.Pos() < decl.Pos() || s.Lookup.Call.End() > decl.End() {
			continue
		}
		fn, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func)
		if !ok || !returnsError(fn) {
			continue // a caller learns nothing of what it did
		}
		var cf CreateFact
		var lf LookupFact
		if pass.ImportObjectFact(fn, &cf) || pass.ImportObjectFact(fn, &lf) {
			continue
		}
		pass.ExportObjectFact(fn, &CreateFact{ORM: s.Adapter.Name(), Model: qualified(s.Create.Model), Multi: true, Checked: true})
		changed = true
	}
	return changed
}

// enclosingDecl is the function declaration of the package around pos.
func enclosingDecl(pass *analysis.Pass, pos token.Pos) *ast.FuncDecl {
	for _, f := range pass.Files {
		if pos < f.Pos() || pos >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Pos() <= pos && pos < fd.End() {
				return fd
			}
		}
	}
	return nil
}

// guardedForward summarizes a lookup function that forwards to another
// after guards that only read and leave with an error of their own, and
// may wrap the error (%w) or convert the row it returns, with calls that
// write nothing (wg-portal's Manager.GetUser and getUser):
//
//	if err := domain.ValidateUserAccessRights(ctx, id); err != nil {
//		return nil, err
//	}
//	user, err := m.users.GetUser(ctx, id)
//	if err != nil {
//		return nil, fmt.Errorf("unable to load user %s: %w", id, err)
//	}
//	return m.enrichUser(ctx, user), nil
//
// The guards' errors are failures to callers; the conversion runs on the
// found path only, so it is allowed only when the forwarded function
// reports not-found as an error. It returns the forwarded function's
// summary, or nil.
func guardedForward(pass *analysis.Pass, ef *effects, fd *ast.FuncDecl, forwarded func(*ast.CallExpr) *LookupFact) *LookupFact {
	g := &forwarder{pass: pass, info: pass.TypesInfo, ef: ef, fd: fd}
	list := fd.Body.List
	i := g.guards()
	rest := list[i:]
	if len(rest) == 1 { // return <forwarded>
		r, ok := rest[0].(*ast.ReturnStmt)
		if !ok || len(r.Results) != 1 || i == 0 {
			return nil
		}
		if call, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr); ok {
			return forwarded(call)
		}
		return nil
	}
	if len(rest) == 2 {
		return g.passedOn(rest, forwarded)
	}
	if len(rest) < 3 || len(rest)%2 == 0 {
		return nil
	}
	return g.converted(rest, forwarded)
}

// forwarder reads a guarded forwarding function (guardedForward).
type forwarder struct {
	pass *analysis.Pass
	info *types.Info
	ef   *effects
	fd   *ast.FuncDecl
	x    types.Object // the row the forwarded lookup returns, which the conversion may write
}

// pure reports whether n writes nothing but the function's locals and,
// through it, the row x.
func (g *forwarder) pure(n ast.Node) bool {
	if n == nil {
		return true
	}
	effect, writes := g.ef.judge(n)
	body := g.fd.Body
	for _, w := range writes {
		local := w.obj != nil && w.obj.Pos() > body.Pos() && w.obj.Pos() < body.End() && !w.through
		if !local && (w.obj != g.x || g.x == nil) {
			return false // a variable of the function's: only the row may be written through
		}
	}
	return effect == ""
}

// failing reports a definition of an error (m, err := store.Get(...): the
// forwarded lookup itself, not a local's definition).
func (g *forwarder) failing(as *ast.AssignStmt) bool {
	for _, l := range as.Lhs {
		if t := g.info.TypeOf(l); t != nil && types.Implements(t, errorType) {
			return true
		}
	}
	return false
}

// guards returns how many leading statements are guards that only read
// and leave with an error of their own, or definitions of locals from
// reads (emailLower := strings.ToLower(email), hatchet's repository).
func (g *forwarder) guards() int {
	list := g.fd.Body.List
	i := 0
	for ; i < len(list); i++ {
		if as, ok := list[i].(*ast.AssignStmt); ok && as.Tok == token.DEFINE && g.pure(as) && len(list) > i+1 && (!g.failing(as) || len(list) > i+3 && g.readFirst(as, list[i+1])) {
			continue
		}
		is, ok := list[i].(*ast.IfStmt)
		if !ok || is.Else != nil || len(is.Body.List) != 1 {
			break
		}
		r, ok := is.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(r.Results) == 0 || !g.pure(is.Init) || !g.pure(is.Cond) {
			break
		}
		if g.info.Types[r.Results[len(r.Results)-1]].IsNil() && !g.answersMissing(r) {
			break
		}
	}
	return i
}

// readFirst reports a read the function makes before it forwards, whose
// error it returns at once (enabled, err := s.isEnabled(ctx, id); if err
// != nil { return false, err }), with more than the return left after
// it: as is not the forwarded lookup itself.
func (g *forwarder) readFirst(as *ast.AssignStmt, next ast.Stmt) bool {
	if _, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !ok || len(as.Rhs) != 1 {
		return false
	}
	is, ok := next.(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
		return false
	}
	errV := g.info.ObjectOf(identOf(as.Lhs[len(as.Lhs)-1]))
	be, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
	return ok && be.Op == token.NEQ && errV != nil && g.info.ObjectOf(identOf(be.X)) == errV && g.info.Types[be.Y].IsNil()
}

// answersMissing reports a guard's return false, nil in an existence
// helper: the row is taken as missing there (if !enabled { return false,
// nil }), as the forwarded helper answers when it is.
func (g *forwarder) answersMissing(r *ast.ReturnStmt) bool {
	if len(r.Results) != 2 {
		return false
	}
	tv := g.info.Types[r.Results[0]]
	return tv.Value != nil && tv.Value.String() == "false"
}

// converted reads the three statements x, err := <forwarded>; if err !=
// nil { return nil, err (or wrapped) }; return <x, or a pure call over
// x>, nil.
func (g *forwarder) converted(rest []ast.Stmt, forwarded func(*ast.CallExpr) *LookupFact) *LookupFact {
	info := g.info
	as, ok := rest[0].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	f := forwarded(call)
	errV := info.ObjectOf(identOf(as.Lhs[1]))
	g.x = info.ObjectOf(identOf(as.Lhs[0]))
	if f != nil && f.NilOnNotFound && g.x != nil && errV != nil && g.firstOfList(rest, errV) {
		return f
	}
	if f == nil || f.NilOnNotFound || g.x == nil || errV == nil {
		return nil
	}
	isErr := func(e ast.Expr) bool { return info.ObjectOf(identOf(e)) == errV }
	if f.Exists || f.Count {
		return g.scalar(rest, f, isErr)
	}
	// if errors.Is(err, pgx.ErrNoRows) { return nil, ErrUserNotFound }
	// first: the function's own not-found error (convoy's services)
	body, ok := g.failBranch(rest[1], isErr)
	if !ok {
		return nil
	}
	for i, st := range body {
		// calls whose results are dropped (logging) may come first
		if mapped := g.mappedNotFound(st, f, isErr); mapped != "" {
			f.NotFoundErr = mapped
			body = append(append([]ast.Stmt{}, body[:i]...), body[i+1:]...)
			break
		}
		if _, ok := st.(*ast.ExprStmt); !ok {
			break
		}
	}
	if !g.failsWith(body, isErr) {
		return nil
	}
	// conversions of the row that may fail too (filter, err :=
	// rowToEventTypeFilter(row); if err != nil { return nil, err })
	rows := map[types.Object]bool{g.x: true}
	rest = rest[2:]
	for len(rest) >= 3 {
		cv, ok := rest[0].(*ast.AssignStmt)
		if !ok || len(cv.Lhs) != 2 || len(cv.Rhs) != 1 || !g.pure(cv.Rhs[0]) || !usesAny(info, cv.Rhs[0], rows) {
			return nil
		}
		ev := info.ObjectOf(identOf(cv.Lhs[1]))
		y := info.ObjectOf(identOf(cv.Lhs[0]))
		if ev == nil || y == nil {
			return nil
		}
		isErr2 := func(e ast.Expr) bool { return info.ObjectOf(identOf(e)) == ev }
		body, ok := g.failBranch(rest[1], isErr2)
		if !ok || !g.failsWith(body, isErr2) {
			return nil
		}
		rows[y] = true
		rest = rest[2:]
	}
	if len(rest) != 1 {
		return nil
	}
	r, ok := rest[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 2 || !info.Types[r.Results[1]].IsNil() || !g.pure(r.Results[0]) || !usesAny(info, r.Results[0], rows) {
		return nil
	}
	return f
}

// firstOfList reads, after lst, err := <a lookup of rows>, the two
// statements if err != nil || len(lst) == 0 { return nil, err }; return
// lst[0], err (or nil): the first row, nil when there is none
// (nightingale's MessageTemplateGet over MessageTemplatesGet).
func (g *forwarder) firstOfList(rest []ast.Stmt, errV types.Object) bool {
	info := g.info
	if len(rest) != 3 || sliceElem(g.x.Type()) == nil {
		return false
	}
	is, ok := rest[1].(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
		return false
	}
	be, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.LOR {
		return false
	}
	isErr := func(e ast.Expr) bool { return info.ObjectOf(identOf(e)) == errV }
	errTest, ok := ast.Unparen(be.X).(*ast.BinaryExpr)
	if !ok || errTest.Op != token.NEQ || !isErr(errTest.X) || !info.Types[errTest.Y].IsNil() {
		return false
	}
	empty, ok := ast.Unparen(be.Y).(*ast.BinaryExpr)
	if !ok || empty.Op != token.EQL || !orm.IsZeroConst(info.Types[empty.Y].Value) {
		return false
	}
	if c, ok := ast.Unparen(empty.X).(*ast.CallExpr); !ok || !isBuiltin(info, c.Fun, "len") || len(c.Args) != 1 || info.ObjectOf(identOf(c.Args[0])) != g.x {
		return false
	}
	r, ok := is.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 2 || !info.Types[r.Results[0]].IsNil() || !isErr(r.Results[1]) && !info.Types[r.Results[1]].IsNil() {
		return false
	}
	last, ok := rest[2].(*ast.ReturnStmt)
	if !ok || len(last.Results) != 2 || !isErr(last.Results[1]) && !info.Types[last.Results[1]].IsNil() {
		return false
	}
	ix, ok := ast.Unparen(last.Results[0]).(*ast.IndexExpr)
	return ok && info.ObjectOf(identOf(ix.X)) == g.x && orm.IsZeroConst(info.Types[ix.Index].Value)
}

// scalar is converted for an existence helper's or a count's wrapper:
// exists, err := repo.Exists(...); if err != nil { log; return false,
// wrap(err) }; return exists, nil (or count > 0: an existence helper).
func (g *forwarder) scalar(rest []ast.Stmt, f *LookupFact, isErr func(ast.Expr) bool) *LookupFact {
	info := g.info
	body, ok := g.failBranch(rest[1], isErr)
	if !ok || len(rest) != 3 || !g.failsWith(body, isErr) {
		return nil
	}
	r, ok := rest[2].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 2 || !info.Types[r.Results[1]].IsNil() {
		return nil
	}
	if f.Count && g.countPositive(r.Results[0]) {
		f.Count, f.Exists = false, true
		return f
	}
	if info.ObjectOf(identOf(r.Results[0])) != g.x {
		return nil
	}
	return f
}

// countPositive reports x > 0, x != 0 or x >= 1 of the count x.
func (g *forwarder) countPositive(e ast.Expr) bool {
	be, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || g.info.ObjectOf(identOf(be.X)) != g.x {
		return false
	}
	v := g.info.Types[be.Y].Value
	if v == nil {
		return false
	}
	switch be.Op {
	case token.GTR, token.NEQ:
		return orm.IsZeroConst(v)
	case token.GEQ:
		return v.String() == "1"
	}
	return false
}

// passedOn reads r, err := lookup(...); return r, err (or the error
// wrapped so that errors.Is still sees it: errors.WithStack(err),
// fmt.Errorf("...%w", err)): the forwarded lookup's fact.
func (g *forwarder) passedOn(rest []ast.Stmt, forwarded func(*ast.CallExpr) *LookupFact) *LookupFact {
	info := g.info
	as, ok := rest[0].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	x, errV := info.ObjectOf(identOf(as.Lhs[0])), info.ObjectOf(identOf(as.Lhs[1]))
	r, ok := rest[1].(*ast.ReturnStmt)
	if !ok || x == nil || errV == nil || len(r.Results) != 2 {
		return nil
	}
	g.x = x
	positive := g.countPositive(r.Results[0]) // num, err := Count(tx); return num > 0, err
	if info.ObjectOf(identOf(r.Results[0])) != x && !g.convertsRow(r.Results[0], x) && !positive {
		return nil
	}
	isErr := func(e ast.Expr) bool { return info.ObjectOf(identOf(e)) == errV }
	// the wrapper must give nil for nil, as pkg/errors' do: fmt.Errorf
	// would make every call fail
	if last := r.Results[1]; !isErr(last) && (!wraps(g.pass, last, isErr) || isErrorf(info, last)) {
		return nil
	}
	f := forwarded(call)
	if positive {
		if f == nil || !f.Count {
			return nil
		}
		f.Count, f.Exists = false, true
	}
	return f
}

// convertsRow reports e, a call that builds the returned value from the
// row x and writes nothing (webook's return ur.entityToDomain(u), err).
func (g *forwarder) convertsRow(e ast.Expr, x types.Object) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || !slices.ContainsFunc(call.Args, func(a ast.Expr) bool { return g.info.ObjectOf(identOf(a)) == x }) {
		return false
	}
	g.x = x
	return g.pure(call)
}

// isErrorf reports a call of fmt.Errorf.
func isErrorf(info *types.Info, e ast.Expr) bool {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := orm.Callee(info, c).(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "fmt" && fn.Name() == "Errorf"
}

// failBranch returns the body of s when s is if err != nil {...}.
func (g *forwarder) failBranch(s ast.Stmt, isErr func(ast.Expr) bool) ([]ast.Stmt, bool) {
	is, ok := s.(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) == 0 {
		return nil, false
	}
	if be, ok := ast.Unparen(is.Cond).(*ast.BinaryExpr); !ok || be.Op != token.NEQ || !isErr(be.X) || !g.info.Types[be.Y].IsNil() {
		return nil, false
	}
	return is.Body.List, true
}

// failsWith reports a failure branch that returns nil and the error (or
// the error wrapped), after calls whose results are dropped (logging).
func (g *forwarder) failsWith(body []ast.Stmt, isErr func(ast.Expr) bool) bool {
	for len(body) > 1 {
		if _, ok := body[0].(*ast.ExprStmt); !ok {
			return false
		}
		body = body[1:]
	}
	if len(body) != 1 {
		return false
	}
	r, ok := body[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 2 || !g.info.Types[r.Results[0]].IsNil() && !zeroConst(g.info, r.Results[0]) {
		return false
	}
	last := r.Results[1]
	return isErr(last) || wraps(g.pass, last, isErr) || g.passesErr(last, isErr)
}

// passesErr reports a call of the module's that is given the error
// (util.NewServiceError(http.StatusInternalServerError, err)): a failure
// still, whatever it is made into.
func (g *forwarder) passesErr(e ast.Expr, isErr func(ast.Expr) bool) bool {
	x := ast.Unparen(e)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	var args []ast.Expr
	switch x := x.(type) {
	case *ast.CallExpr:
		args = x.Args
	case *ast.CompositeLit: // &ServiceError{ErrMsg: "...", Err: err}
		for _, el := range x.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				args = append(args, kv.Value)
			} else {
				args = append(args, el)
			}
		}
	}
	for _, a := range args {
		if isErr(a) {
			return true
		}
	}
	return false
}

// basicFirst reports a function whose first result is a bool or a
// number (an existence helper's, a count's).
func basicFirst(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	if res.Len() == 0 {
		return false
	}
	b, ok := under(res.At(0).Type()).(*types.Basic)
	return ok && b.Info()&(types.IsBoolean|types.IsInteger) != 0
}

// zeroConst reports a constant zero value (false, 0, "").
func zeroConst(info *types.Info, e ast.Expr) bool {
	v := info.Types[e].Value
	return v != nil && orm.IsZeroConst(v)
}

// usesAny reports whether e reads one of vars.
func usesAny(info *types.Info, e ast.Node, vars map[types.Object]bool) bool {
	uses := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[info.Uses[id]] {
			uses = true
		}
		return !uses
	})
	return uses
}

// mappedNotFound returns the package-level error s returns when the
// forwarded lookup f fails with its not-found error (if errors.Is(err,
// pgx.ErrNoRows) { return nil, ErrUserNotFound }), as path.Name; "".
func (g *forwarder) mappedNotFound(s ast.Stmt, f *LookupFact, isErr func(ast.Expr) bool) string {
	is, ok := s.(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
		return ""
	}
	var target ast.Expr
	switch c := ast.Unparen(is.Cond).(type) {
	case *ast.CallExpr: // errors.Is(err, X)
		if fn := callee(g.info, c); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "Is" && len(c.Args) == 2 && isErr(c.Args[0]) {
			target = c.Args[1]
		}
	case *ast.BinaryExpr: // err == X
		if c.Op == token.EQL && isErr(c.X) {
			target = c.Y
		}
	}
	if target == nil {
		return ""
	}
	v, ok := orm.NameOf(g.info, target).(*types.Var)
	if !ok || v.Pkg() == nil {
		return ""
	}
	noRows := sqlorm.IsNoRows(g.info, target) && f.ORM == "sql" && (f.NotFoundErr == "" || strings.HasSuffix(f.NotFoundErr, ".ErrNoRows"))
	if name := v.Pkg().Path() + "." + v.Name(); (f.NotFoundErr == "" || name != f.NotFoundErr) && !noRows {
		return ""
	}
	r, ok := is.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 2 || !g.info.Types[r.Results[0]].IsNil() {
		return ""
	}
	sv, ok := orm.NameOf(g.info, r.Results[1]).(*types.Var)
	if !ok || !isPkgVar(sv) || !types.Implements(sv.Type(), errorType) {
		return ""
	}
	return sv.Pkg().Path() + "." + sv.Name()
}

// testsMissing reports !has or has == false, for has the bool a lookup
// answers (xorm's Get).
func testsMissing(info *types.Info, cond ast.Expr, has types.Object) bool {
	if has == nil {
		return false
	}
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		id, ok := ast.Unparen(c.X).(*ast.Ident)
		return c.Op == token.NOT && ok && info.Uses[id] == has
	case *ast.BinaryExpr:
		id, ok := ast.Unparen(c.X).(*ast.Ident)
		return c.Op == token.EQL && ok && info.Uses[id] == has && isFalse(info, c.Y)
	}
	return false
}

// assertsType returns the type T of a body `_, ok := err.(T); return ok`
// (gitea's IsErrUserNotExist), for err the variable v, as errTypeName
// names it; "".
func assertsType(info *types.Info, body *ast.BlockStmt, v types.Object) string {
	if len(body.List) != 2 {
		return ""
	}
	as, ok := body.List[0].(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
		return ""
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil {
		return ""
	}
	if id, ok := ast.Unparen(ta.X).(*ast.Ident); !ok || info.Uses[id] != v {
		return ""
	}
	okID, ok := as.Lhs[1].(*ast.Ident)
	if !ok {
		return ""
	}
	r, ok := body.List[1].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return ""
	}
	if id, ok := ast.Unparen(r.Results[0]).(*ast.Ident); !ok || info.Uses[id] != info.Defs[okID] {
		return ""
	}
	return errTypeName(info.TypeOf(ta.Type))
}

// sequentialNilOnNotFound follows the top-level ifs after the lookup's
// statement as, each leaving on the outcomes it returns on (if err != nil
// { return nil, err }; if !has { return nil, nil }), and reports a
// (nil, nil) return reached on not-found alone: in an if's body or else
// block, or at the end of the function (casdoor's getters).
func sequentialNilOnNotFound(info *types.Info, w *walker, body *ast.BlockStmt, as *ast.AssignStmt) bool {
	// Top-level ifs in order, each leaving on the outcomes it returns on:
	// if err != nil { return nil, err }; if !has { return nil, nil }.
	reach := orm.All
	for _, st := range body.List {
		is, ok := st.(*ast.IfStmt)
		if !ok || st.Pos() < as.End() || is.Init != nil {
			continue
		}
		t, f := w.cond(is.Cond)
		if t&reach == orm.NotFound && returnsNilErr(info, is.Body) {
			return true
		}
		// if existed { return &u, nil } else { return nil, nil }
		if eb, ok := is.Else.(*ast.BlockStmt); ok && f&reach == orm.NotFound && returnsNilErr(info, eb) {
			return true
		}
		if is.Else == nil && len(is.Body.List) > 0 {
			if _, ret := is.Body.List[len(is.Body.List)-1].(*ast.ReturnStmt); ret {
				reach &= f
			}
		}
	}
	// if existed { return &o, nil }; return nil, nil (casdoor's getters)
	if n := len(body.List); n > 0 && reach == orm.NotFound {
		if r, ok := body.List[n-1].(*ast.ReturnStmt); ok && r.Pos() > as.End() && len(r.Results) == 2 && info.Types[r.Results[0]].IsNil() && info.Types[r.Results[1]].IsNil() {
			return true
		}
	}
	return false
}
