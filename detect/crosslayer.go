package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"golang.org/x/tools/go/ast/astutil"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/upsertfix/upsertfix/internal/entorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/prismaorm"
)

// Fixes across layers. Real services look up and create through their
// own functions (a repository's ByEmail and Create, often behind an
// interface). The fix then goes in the caller, where the lookup's
// statement is, exactly as for direct ORM calls, when the summaries of
// those functions say that going back is harmless:
//
//   - the lookup function writes nothing outside its own locals (a read
//     run twice is the serial run's read), and the parameters that carry
//     its key are known (LookupFact.KeyParams), so the looked-up values
//     can be compared with the record's;
//   - the create function does nothing with an effect but its one insert
//     and returns the insert's error (CreateFact.Pure), and the record it
//     inserts is one of its parameters (CreateFact.Record), so the
//     caller's record is the inserted one.
//
// The caller cannot take a savepoint around an insert it does not make,
// nor know whether the repository's handle is a transaction. So the
// create is wrapped to run once (on the way back it returns the first
// insert's error instead of inserting again), the caller goes back after
// any failed insert, and on the way back a lookup that fails is taken as
// not-found, which leads to that same error:
//
//   - outside a transaction (the usual repository over the root handle),
//     the loser finds the winner's row and takes the found path, as it
//     would have run second; any other failure ends as before;
//   - inside a transaction the failed insert ended (PostgreSQL) the
//     second lookup fails, and inside one whose snapshot predates the
//     winner's row (MySQL and MariaDB at REPEATABLE READ) it finds
//     nothing; either way the loser gets the insert's error, as before.

// completeFacts fills in what a cross-layer fix needs on the lookup and
// create facts the summarizers exported for the package's functions.
func completeFacts(pass *analysis.Pass, a orm.Adapter, ef *effects) {
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, generatedRepo(a)) {
		var lf LookupFact
		if pass.ImportObjectFact(fn, &lf) && lf.ORM == a.Name() {
			m := &matcher{pass: pass, a: a, file: fileOf(pass, fd), seen: map[*ast.CallExpr]bool{}, ef: ef}
			if l := m.onlyLookup(fd.Body); l != nil {
				lf.KeyParams, lf.KeySels = keyParams(info, fd, l)
			}
			if len(lf.Key) == 0 && lf.Scoped == 0 && scopedLookup(info, fd, ef.decls) {
				lf.Scoped = fn.Type().(*types.Signature).Params().Len()
				lf.KeyErr = ""
			}
			s := ef.summary(fn)
			lf.Pure = s != nil && s.Effect == "" && !slices.Contains(s.Writes, -1) || s != nil && ef.pureButFailing(fd, &lf)
			if lf.Model != "" && modelIn(fn.Type().(*types.Signature).Results(), lf.Model) == nil {
				// a domain type built from the row: its callers may
				// not see the model
				if em := findModel(pass.Pkg, lf.Model, map[*types.Package]bool{}); em != nil {
					lf.EntityKeys = a.UniqueKeys(pass.Fset, em)
				}
			}
			pass.ExportObjectFact(fn, &lf)
			continue
		}
		var cf CreateFact
		if !pass.ImportObjectFact(fn, &cf) || cf.ORM != a.Name() || cf.AnyArg > 0 {
			continue
		}
		c := firstCreate(pass, a, fd)
		if c == nil {
			continue
		}
		m := &matcher{pass: pass, a: a, file: fileOf(pass, fd), seen: map[*ast.CallExpr]bool{}, ef: ef}
		cf.Rereads = m.rereadKey(c)
		params := paramIndex(info, fd)
		// a Save of the row the caller hands in inserts when the
		// caller's row is new (viaCreate asks at each call)
		cf.Save = c.MayUpdate && !namedCopy(info, fd, c) && !m.savesFreshRow(fd, c)
		if i, ok := paramOf(info, params, c.Arg); ok && i >= 0 {
			cf.Record = i + 1
		} else if ok && i == -1 {
			cf.RecordRecv = true
		} else if fields, fps := builtFromParams(info, fd, c, params); fields != nil {
			cf.Fields, cf.FieldParams = fields, fps
		} else if _, ok := a.(entorm.Adapter); ok {
			cf.Fields, cf.FieldParams = setFromParams(info, fd, c, params)
		} else if _, ok := a.(prismaorm.Adapter); ok {
			cf.Fields, cf.FieldParams = fieldsFromSetters(info, params, prismaorm.Setters(c.Call))
		} else if c.Columns != nil {
			// an SQL INSERT: its columns are the record's fields
			cf.Fields, cf.FieldParams, cf.FieldSels = columnsFromParams(info, params, c.Columns)
		}
		rec := -2 // no parameter is the record
		switch {
		case cf.Record > 0:
			rec = cf.Record - 1
		case cf.RecordRecv:
			rec = -1 // the receiver
		}
		// (a create that writes only in a transaction of its own, all
		// or nothing, leaves nothing behind when it fails)
		own, savepoint := ownTxCalls(pass, fd)
		cf.Impure = createImpure(ef, fd, c, params, rec, own...)
		cf.Savepoint = savepoint && cf.Impure == ""
		cf.Pure = cf.Impure == ""
		pass.ExportObjectFact(fn, &cf)
	}
}

// onlyLookup returns the one lookup in body (function literals
// included), or nil.
func (m *matcher) onlyLookup(body *ast.BlockStmt) *orm.Lookup {
	var only *orm.Lookup
	n := 0
	ast.Inspect(body, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return true
		}
		if l := m.lookup(call); l != nil {
			only = l
			n++
			return false
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return only
}

// pureButFailing reports a lookup function whose effects all sit on its
// failure exits: in an if err != nil block that leaves with an error,
// after its test for not-found (if errors.Is(err, pgx.ErrNoRows) {
// return nil, ErrNotFound }; s.logger.Error(...); return nil, err).
// A caller sent back to such a lookup got not-found from it the first
// time, so those statements had not run; the second time they run only
// when the lookup fails, as the serial run's one lookup would have.
func (ef *effects) pureButFailing(fd *ast.FuncDecl, lf *LookupFact) bool {
	var skip []*ast.CallExpr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		is, ok := n.(*ast.IfStmt)
		if !ok || is.Else != nil || !errNonNil(ef.info, is.Cond) || len(is.Body.List) == 0 {
			return true
		}
		list := is.Body.List
		r, ok := list[len(list)-1].(*ast.ReturnStmt)
		if !ok || len(r.Results) == 0 || ef.info.Types[r.Results[len(r.Results)-1]].IsNil() || ef.mentionsSentinel(r, lf) {
			return true
		}
		// the statements after the block's not-found test, which
		// leaves with the sentinel: they run on failures only
		from := 0
		for i, st := range list {
			if nf, isIf := st.(*ast.IfStmt); isIf && len(nf.Body.List) == 1 {
				if r, ok := nf.Body.List[0].(*ast.ReturnStmt); ok && len(r.Results) > 0 && ef.mentionsSentinel(r, lf) {
					from = i + 1
				}
			}
		}
		if from == 0 && !ef.afterNotFound(fd.Body, is, lf) {
			return true
		}
		for _, st := range list[from : len(list)-1] {
			if es, ok := st.(*ast.ExprStmt); ok {
				if c, ok := ast.Unparen(es.X).(*ast.CallExpr); ok {
					skip = append(skip, c)
				}
			}
		}
		return true
	})
	if len(skip) == 0 {
		return false
	}
	why, ws := ef.judgeExcept(fd.Body, skip...)
	if why != "" {
		return false
	}
	for _, w := range ws {
		if w.obj == nil || isPkgVar(w.obj) || w.through {
			return false
		}
		if v, ok := w.obj.(*types.Var); ok && (v.Kind() == types.RecvVar || v.Kind() == types.ParamVar) {
			return false
		}
	}
	return true
}

// afterNotFound reports a statement of body that comes after one that
// leaves with the not-found sentinel: it runs only when a row was found
// (filter, err := convert(row); if err != nil { log; return nil, err }).
func (ef *effects) afterNotFound(body *ast.BlockStmt, is *ast.IfStmt, lf *LookupFact) bool {
	seen := false
	for _, st := range body.List {
		if st == ast.Stmt(is) {
			return seen
		}
		ast.Inspect(st, func(n ast.Node) bool {
			if r, ok := n.(*ast.ReturnStmt); ok && len(r.Results) > 0 && ef.mentionsSentinel(r, lf) {
				seen = true
			}
			return !seen
		})
	}
	return false
}

// errNonNil reports err != nil for an error err.
func errNonNil(info *types.Info, cond ast.Expr) bool {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	return ok && be.Op == token.NEQ && info.Types[be.Y].IsNil() && info.TypeOf(be.X) != nil && types.Implements(info.TypeOf(be.X), errorType)
}

// mentionsSentinel reports a return of the lookup's not-found sentinel.
func (ef *effects) mentionsSentinel(r *ast.ReturnStmt, lf *LookupFact) bool {
	if lf.NotFoundErr == "" {
		return false
	}
	v, ok := orm.NameOf(ef.info, r.Results[len(r.Results)-1]).(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path()+"."+v.Name() == lf.NotFoundErr
}

// keyParams maps each key column of l to the parameter of fd whose value
// it is looked up by (-1 when it is not a parameter); nil when none is.
// sels gives the fields of the parameter read (sqlc's arg.EventType), nil
// when every value is a parameter itself.
func keyParams(info *types.Info, fd *ast.FuncDecl, l *orm.Lookup) (out []int, sels []string) {
	if len(l.Values) != len(l.Key) {
		return nil, nil
	}
	params := paramIndex(info, fd)
	out = make([]int, len(l.Key))
	sels = make([]string, len(l.Key))
	any, fields := false, false
	for i, v := range l.Values {
		out[i] = -1
		if p, sel, ok := paramPath(info, params, v); ok && p >= 0 && !isVariadic(fd, p) {
			out[i], sels[i] = p, sel
			any, fields = true, fields || sel != ""
		}
	}
	if !any {
		return nil, nil
	}
	if !fields {
		sels = nil
	}
	return out, sels
}

// paramOf returns the index in params (paramIndex: -1 for the receiver)
// of the parameter x denotes (p, &p or *p); ok is false when x is not a
// parameter.
func paramOf(info *types.Info, params map[types.Object]int, x ast.Expr) (int, bool) {
	if x == nil {
		return 0, false
	}
	if c, ok := ast.Unparen(x).(*ast.CallExpr); ok && len(c.Args) == 1 && wrapsValue(info, c) {
		x = c.Args[0] // common.StringToPgText(email): the value, wrapped
	}
	id := identOf(derefExpr(x))
	if id == nil {
		return 0, false
	}
	i, ok := params[info.ObjectOf(id)]
	return i, ok
}

// wrapsValue reports a call of a function (not a method) of one
// parameter whose one result is a struct that carries the value for the
// driver (func StringToPgText(s string) pgtype.Text, a sql.NullString
// maker).
func wrapsValue(info *types.Info, c *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, c).(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
		return false
	}
	_, isStruct := under(sig.Results().At(0).Type()).(*types.Struct)
	return isStruct
}

func isVariadic(fd *ast.FuncDecl, p int) bool {
	list := fd.Type.Params.List
	if len(list) == 0 {
		return false
	}
	_, ok := list[len(list)-1].Type.(*ast.Ellipsis)
	n := 0
	for _, f := range list {
		n += max(1, len(f.Names))
	}
	return ok && p == n-1
}

// columnsFromParams reads the columns of an SQL INSERT set from the
// function's parameters, or from their fields (arg.Handle: FieldSels
// ".Handle"), or to constants; nil when some column is set otherwise.
func columnsFromParams(info *types.Info, params map[types.Object]int, cols map[string]ast.Expr) ([]string, []int, []string) {
	var fields []string
	for col := range cols {
		fields = append(fields, col)
	}
	slices.Sort(fields)
	var keep []string
	var fps []int
	var sels []string
	for _, col := range fields {
		v := cols[col]
		if v == nil || info.Types[v].Value != nil {
			// a constant or an expression of the SQL
			keep, fps, sels = append(keep, col), append(fps, -1), append(sels, "")
			continue
		}
		p, sel, ok := paramPath(info, params, v)
		if !ok || p < 0 {
			// set by the function itself (time.Now(), a fresh id): not a
			// column the caller's values can show, so left out (a key
			// column left out means the caller cannot see the key)
			continue
		}
		keep, fps, sels = append(keep, col), append(fps, p), append(sels, sel)
	}
	return keep, fps, sels
}

// paramPath returns the parameter v is read from and the fields it
// reads (arg.Handle: ".Handle"), through a conversion or a value wrapper
// ([]byte(p.Hash), textOf(u.Email)).
func paramPath(info *types.Info, params map[types.Object]int, v ast.Expr) (int, string, bool) {
	sel := ""
	x := ast.Unparen(v)
	if c, ok := x.(*ast.CallExpr); ok && len(c.Args) == 1 {
		if tv, ok := info.Types[c.Fun]; ok && tv.IsType() || wrapsValue(info, c) {
			x = ast.Unparen(c.Args[0])
		}
	}
	for {
		se, ok := x.(*ast.SelectorExpr)
		if !ok {
			break
		}
		if s := info.Selections[se]; s == nil || s.Kind() != types.FieldVal {
			break
		}
		sel = "." + se.Sel.Name + sel
		x = ast.Unparen(se.X)
	}
	p, ok := paramOf(info, params, x)
	return p, sel, ok
}

// litField reads, for a literal of a parameters struct given where a
// create function takes its record (repo.CreateUserParams{Email:
// textOf(u.Email)}), the parameter and fields that its field sel (".Email")
// is set from.
func litField(info *types.Info, params map[types.Object]int, arg ast.Expr, sel string) (int, string, bool) {
	v := fieldValue(arg, sel)
	if v == nil {
		return 0, "", false
	}
	return paramPath(info, params, v)
}

// builtFromParams reads the record fd inserts when fd builds it from its
// parameters: the insert's argument is a literal (&T{F: p}), or a local
// defined by one and not assigned again, each field a parameter or a
// constant. It returns the fields set from parameters and their indexes.
func builtFromParams(info *types.Info, fd *ast.FuncDecl, c *orm.Create, params map[types.Object]int) ([]string, []int) {
	lit := litOfExpr(derefExpr(c.Arg))
	if lit == nil {
		id := identOf(derefExpr(c.Arg))
		if id == nil {
			return nil, nil
		}
		v := info.ObjectOf(id)
		defs := 0
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for i, lhs := range as.Lhs {
				if lid := identOf(lhs); lid != nil && info.ObjectOf(lid) == v {
					defs++
					if len(as.Rhs) == len(as.Lhs) {
						lit = litOfExpr(derefExpr(as.Rhs[i]))
					}
				} else if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && identOf(sel.X) != nil && info.ObjectOf(identOf(sel.X)) == v {
					defs++ // a field set after: not only the literal
				}
			}
			return true
		})
		if defs != 1 {
			return nil, nil
		}
	}
	if lit == nil {
		return nil, nil
	}
	var fields []string
	var fps []int
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			return nil, nil
		}
		key, ok := kv.Key.(*ast.Ident)
		if !ok {
			return nil, nil
		}
		if p, ok := paramOf(info, params, kv.Value); ok && p >= 0 {
			fields = append(fields, key.Name)
			fps = append(fps, p)
		}
	}
	return fields, fps
}

// setFromParams reads the record an ent create builds from fd's
// parameters: the fields its builder sets to a parameter
// (client.User.Create().SetEmail(email)), in the order of the fields.
func setFromParams(info *types.Info, fd *ast.FuncDecl, c *orm.Create, params map[types.Object]int) ([]string, []int) {
	setters := entorm.Setters(c.Call)
	// b := client.X.Create().SetA(a)...; b.Save(ctx): the builder's
	// definition sets fields too.
	if def := builderDef(info, fd, c.Call); def != nil {
		for f, v := range entorm.Setters(def) {
			if _, ok := setters[f]; !ok {
				setters[f] = v
			}
		}
	}
	return fieldsFromSetters(info, params, setters)
}

// fieldsFromSetters keeps, of the fields a create's builder sets, those
// set to a parameter of the function or to a constant (FieldParams -1),
// in the order of the fields.
func fieldsFromSetters(info *types.Info, params map[types.Object]int, setters map[string]ast.Expr) ([]string, []int) {
	var fields []string
	var fps []int
	isConst := func(v ast.Expr) bool { return info.Types[v].Value != nil }
	for field, v := range setters {
		if p, ok := paramOf(info, params, v); ok && p >= 0 || isConst(v) {
			fields = append(fields, field)
		}
	}
	slices.Sort(fields)
	for _, f := range fields {
		p, ok := paramOf(info, params, setters[f])
		if !ok || p < 0 {
			p = -1 // a constant
		}
		fps = append(fps, p)
	}
	return fields, fps
}

// builderDef returns the call chain an ent builder variable at the root
// of call was defined by (b := client.User.Create().SetEmail(e)), when
// it is defined once.
func builderDef(info *types.Info, fd *ast.FuncDecl, call *ast.CallExpr) *ast.CallExpr {
	x := ast.Expr(call)
	for {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		x = sel.X
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil
	}
	v := info.Uses[id]
	var def *ast.CallExpr
	n := 0
	ast.Inspect(fd.Body, func(m ast.Node) bool {
		as, ok := m.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			if lid, ok := l.(*ast.Ident); ok && (info.Defs[lid] == v || info.Uses[lid] == v) {
				n++
				if len(as.Rhs) == len(as.Lhs) {
					def, _ = ast.Unparen(as.Rhs[i]).(*ast.CallExpr)
				}
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return def
}

func litOfExpr(x ast.Expr) *ast.CompositeLit {
	lit, _ := ast.Unparen(x).(*ast.CompositeLit)
	return lit
}

// createImpure says what fd, but for its insert c (and the calls in
// also: the same insert on other paths), writes outside its
// own locals and the record it inserts, or "" for nothing
// outside its own locals and the record it inserts (an ID, timestamps,
// defaults: the caller judges those writes to its record as it judges
// the insert's own): no effect, nothing through its other parameters or
// its receiver (a cache).
func createImpure(ef *effects, fd *ast.FuncDecl, c *orm.Create, params map[types.Object]int, record int, also ...*ast.CallExpr) string {
	if c.Via != "" && !c.ViaPure {
		// the insert is a helper's that does more (Create(data any))
		if c.ViaWhy != "" {
			return c.ViaWhy
		}
		return "calls " + c.Via + ", which does more than the insert"
	}
	why, ws := ef.judgeExcept(fd.Body, append(append(scopedLocks(ef.info, fd.Body), c.Call, c.Query), also...)...)
	if why != "" {
		return why
	}
	for _, w := range ws {
		if w.obj == nil {
			return "writes through " + w.what
		}
		if isPkgVar(w.obj) {
			return "writes the package variable " + qualifiedVar(w.obj)
		}
		if i, isParam := params[w.obj]; isParam && w.through && i != record {
			if i == -1 {
				return "writes through its receiver " + w.obj.Name() + " (a cache, a counter)"
			}
			return "writes through its parameter " + w.obj.Name()
		}
		if v, ok := w.obj.(*types.Var); ok && v.IsField() {
			return "writes " + w.what
		}
	}
	return ""
}

// meet keeps, of two implementations' facts of one interface method, what
// both say: a cross-layer fix needs every implementation to allow it.
func (f *LookupFact) meet(g *LookupFact) {
	f.Pure = f.Pure && g.Pure
	if !slices.Equal(f.KeyParams, g.KeyParams) || !slices.Equal(f.KeySels, g.KeySels) || !slices.Equal(f.Key, g.Key) {
		f.KeyParams, f.KeySels = nil, nil
	}
	if !reflect.DeepEqual(f.EntityKeys, g.EntityKeys) {
		f.EntityKeys = nil
	}
}

func (f *CreateFact) meet(g *CreateFact) {
	f.Pure = f.Pure && g.Pure
	f.Checked = f.Checked || g.Checked
	if !slices.Equal(f.Rereads, g.Rereads) {
		f.Rereads = nil
	}
	if f.Record != g.Record {
		f.Record = 0
	}
}

// viaFixable returns why a site whose lookup or create goes through the
// module's own functions cannot be fixed in the caller, or "".
func (m *matcher) viaFixable(fd *Finding) string {
	s := fd.Site
	l, c := s.Lookup, s.Create
	if l.Via != "" && !l.ViaPure {
		return "the lookup function does more than read (" + m.viaEffect(l.Call) + "), and the caller that loses the race would run it again; make it only read, then run upsertfix again"
	}
	if c.Via != "" {
		switch {
		case strings.Contains(c.Via, checkedVia):
			return "that function looks the row up itself before it inserts (and takes its own found path, an update or an error of its own, when the row is there), so a caller that loses the race takes that path instead of this function's found path; call a create that only inserts here, or leave the check to that function, then run upsertfix again"
		case strings.Contains(c.Via, hidesErrVia):
			return "the create function returns no error: it panics on its insert's error, or leaves without it, so a caller that loses the race cannot go back to the lookup and take the found path as the serial run does; return the insert's error from it (func(...) error), then run upsertfix again"
		case strings.Contains(c.Via, "(which creates when"):
			return "that function decides itself whether to create, from the lookup's result it is given, so the caller cannot go back around the decision; call the repository's create here instead, then run upsertfix again"
		case !c.ViaPure && c.ViaWhy != "":
			return "the create function, besides its insert, " + c.ViaWhy + ", which a caller that loses the race would have done though the serial run does not; do that after the create in the caller, then run upsertfix again"
		case !c.ViaPure:
			return "the create function does more than one insert: a caller that loses the race could do the others too, and one of them failing after the first row is written would send the caller back to the lookup, to find its own row where the serial run returns the error; make it insert one row, then run upsertfix again"
		case c.Arg == nil:
			return "the create function inserts a record the caller cannot see (one it builds itself, from its arguments or other values); pass the record in, then run upsertfix again"
		}
	}
	// On the way back a failed lookup is taken as not-found: through a
	// repository's create, and with ent, whose client may be a
	// transaction's, through a repository's lookup too.
	if (c.Via != "" || fd.ORM != "gorm" && l.Via != "") && !l.FailedFound {
		// (a lookup function that panics when its query fails gives
		// its callers no failed lookup to tell apart)
		switch {
		case !s.AnyError && (s.Binding == nil || s.Binding.Err == nil && l.Kind != orm.ExistLookup):
			return "the lookup's error is not assigned to a variable, so on the way back a failed lookup could not be told apart; assign it (x, err := ...), then run upsertfix again"
		case !s.AnyError && s.Binding != nil && s.Binding.Err != nil && !m.ownStatement(l.Call) && !l.ErrWhenFound:
			// (a uniqueness check answers "found" with its error: on
			// the way back, a found row gives that error, as the
			// serial run does; rewrite says what a failed check gives)
			return "the lookup's error is tested in the statement that assigns it (if x, err := ...; ...), so on the way back a failed lookup could not be told apart; assign it in a statement of its own (x, err := ...), then run upsertfix again"
		}
	}
	return ""
}

// viaEffect says what a summarized function called by call writes.
func (m *matcher) viaEffect(call *ast.CallExpr) string {
	fn := callee(m.pass.TypesInfo, call)
	if fn == nil {
		return "it writes through its receiver"
	}
	var f EffectFact
	if m.pass.ImportObjectFact(fn, &f) && f.Effect != "" {
		return f.Effect
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return "some implementation has an effect"
	}
	return "it writes through its receiver"
}

// ownStatement reports whether call is in an assignment that is a
// statement of its own, after which the fix can test its error.
func (m *matcher) ownStatement(call *ast.CallExpr) bool {
	list, i := m.listAt(call)
	if list == nil {
		return false
	}
	switch st := list[i].(type) {
	case *ast.AssignStmt:
		return true
	case *ast.IfStmt:
		// if u, err = repo.Load(ctx, k); err != nil {: the fix
		// makes the assignment a statement of its own (rewrite)
		ok, _ := HoistableInit(m.pass.TypesInfo, m.file, st, call)
		return ok
	}
	return false
}

// HoistableInit reports an if statement whose init assigns call's
// results, where moving the init before the if changes nothing: an
// assignment (=), or a definition (:=) whose every name is either new
// to the block around the if and not used after it there (so no other
// variable is shadowed, and nothing after the if sees it), or a variable
// of the block, of the same type, declared before the if and dead there
// (the next statement that mentions it after the if assigns it; no
// function literal captures it). With the second kind only, the moved
// init must assign (=): assign says so.
func HoistableInit(info *types.Info, file *ast.File, is *ast.IfStmt, call *ast.CallExpr) (ok, assign bool) {
	as, isAssign := is.Init.(*ast.AssignStmt)
	if !isAssign || as.Pos() > call.Pos() || call.End() > as.End() {
		return false, false
	}
	if as.Tok == token.ASSIGN {
		return true, false
	}
	scope := info.Scopes[is]
	if as.Tok != token.DEFINE || scope == nil || scope.Parent() == nil || file == nil {
		return false, false
	}
	block := scope.Parent()
	path, _ := astutil.PathEnclosingInterval(file, is.Pos(), is.End())
	var after []ast.Stmt
	var fn ast.Node
	for k, n := range path {
		if n == is && k+1 < len(path) {
			list := stmtList(path[k+1])
			if i := slices.Index(list, ast.Stmt(is)); i >= 0 {
				after = list[i+1:]
			}
		}
		if _, isFn := n.(*ast.FuncDecl); isFn && fn == nil {
			fn = n
		}
	}
	if fn == nil {
		return false, false
	}
	fresh := 0
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return false, false
		}
		if id.Name == "_" {
			continue
		}
		old := block.Lookup(id.Name)
		if old == nil {
			if usedAfter(info, id.Name, is, block) {
				return false, false
			}
			fresh++
			continue
		}
		v, isVar := old.(*types.Var)
		if !isVar || old.Pos() > is.Pos() || !types.Identical(v.Type(), info.Defs[id].Type()) || !deadAfter(info, v, after) || captured(info, fn, v) {
			return false, false
		}
	}
	return true, fresh == 0
}

// usedAfter reports a use, after the if and within block, of a variable
// named name declared around block, which a definition moved before the
// if would shadow.
func usedAfter(info *types.Info, name string, is *ast.IfStmt, block *types.Scope) bool {
	for use, obj := range info.Uses {
		if use.Name != name || use.Pos() < is.End() || use.Pos() > block.End() {
			continue
		}
		if p := obj.Parent(); p == nil || obj.Pkg() != nil && p == obj.Pkg().Scope() || p.Contains(block.Pos()) {
			return true
		}
	}
	return false
}

// deadAfter reports whether the first of stmts that mentions v assigns
// it without reading it, at the top level of stmts (or none mentions it).
func deadAfter(info *types.Info, v *types.Var, stmts []ast.Stmt) bool {
	for _, st := range stmts {
		if !mentions(info, st, v) {
			continue
		}
		as, ok := st.(*ast.AssignStmt)
		if !ok {
			return false
		}
		for _, r := range as.Rhs {
			if mentions(info, r, v) {
				return false
			}
		}
		return true
	}
	return true
}

// captured reports whether a function literal in fn mentions v.
func captured(info *types.Info, fn ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(fn, func(n ast.Node) bool {
		if lit, ok := n.(*ast.FuncLit); ok {
			found = found || mentions(info, lit, v)
			return false
		}
		return !found
	})
	return found
}
