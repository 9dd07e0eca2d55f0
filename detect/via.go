package detect

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
)

// Calls of summarized functions as lookups and creates: a caller's call
// of a repository's FindByEmail is a lookup (viaLookup), of its Create a
// create (viaCreate), with the model, key and record the facts give,
// read at the call.

// zeroArg reports an argument that is the constant 0 or nil.
func zeroArg(info *types.Info, x ast.Expr) bool {
	tv, ok := info.Types[x]
	return ok && (tv.IsNil() || tv.Value != nil && tv.Value.Kind() != constant.Bool && orm.IsZeroConst(tv.Value))
}

// viaLookup returns the lookup a call of a summarized function performs.
func (m *matcher) viaLookup(call *ast.CallExpr) *orm.Lookup {
	fn := callee(m.pass.TypesInfo, call)
	var f LookupFact
	if fn == nil || !m.pass.ImportObjectFact(fn, &f) || f.ORM != m.a.Name() {
		return nil
	}
	if f.ZeroArg > 0 && (f.ZeroArg > len(call.Args) || !zeroArg(m.pass.TypesInfo, call.Args[f.ZeroArg-1])) {
		return nil // taken by another row than the one at hand: an update's guard
	}
	model := modelIn(fn.Type().(*types.Signature).Results(), f.Model)
	if f.Generic {
		if tup, ok := m.pass.TypesInfo.TypeOf(call).(*types.Tuple); ok && tup.Len() > 0 {
			model = orm.StructOf(tup.At(0).Type())
		}
	}
	inner := m.resolveQuery(call, &f)
	if f.AnyArg > 0 {
		arg := anyArg(fn, call, f.AnyArg)
		if arg == nil {
			return nil
		}
		model = orm.StructOf(derefAll(m.pass.TypesInfo.TypeOf(arg)))
	}
	var fromSQL *orm.Lookup
	if f.SQLParam > 0 {
		if fromSQL = m.passedSQL(call, &f); fromSQL == nil {
			return nil
		}
		model = fromSQL.Model
	}
	handed := m.queryHanded(call, &f)
	if handed != nil && f.Model == qualified(handedModel) {
		model = handed.Model
	}
	rows, entity := false, ""
	if model == nil {
		model, rows, entity = m.unreturnedModel(fn, &f)
	}
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: f.kind(rows), Model: model, Key: f.Key, KeyErr: f.KeyErr, Via: funcName(fn), ViaFunc: fn, NotFoundErr: f.NotFoundErr, NotFoundType: f.NotFoundType, NotFoundTags: f.NotFoundTags, FoundReads: f.FoundReads, ZeroValue: f.ZeroValue, ErrWhenFound: f.ErrWhenFound, Verdict: f.Verdict, VerdictBool: f.VerdictBool, Entity: entity, ViaPure: f.Pure, FailedFound: f.FailedFound, NilOnErr: f.NilOnErr}
	if entity != "" {
		l.EntityKeys = f.EntityKeys
	}
	l.Pins = f.Pins
	if fromSQL != nil {
		l.Key, l.KeyErr, l.Values, l.Pins = fromSQL.Key, fromSQL.KeyErr, fromSQL.Values, fromSQL.Pins
		return l
	}
	if inner != nil {
		l.Values = inner.Values
	}
	if f.Scoped > 0 {
		m.scopeKey(call, l, f.Scoped-1)
		return l
	}
	if f.Conds > 0 {
		m.condKey(call, l, &f)
		return l
	}
	if len(f.KeyParams) == len(f.Key) && f.KeyParams != nil && call.Ellipsis == token.NoPos {
		l.Values = keyArgs(call, &f)
	}
	if handed != nil {
		addHanded(l, handed)
	}
	if f.Fills > 0 && f.Fills <= len(call.Args) {
		l.Dest = call.Args[f.Fills-1]
	}
	return l
}

// keyArgs returns the values a call gives the key's columns, by the
// fact's KeyParams (nil where a column's is not an argument).
func keyArgs(call *ast.CallExpr, f *LookupFact) []ast.Expr {
	vals := make([]ast.Expr, len(f.Key))
	for i, p := range f.KeyParams {
		if p < 0 || p >= len(call.Args) {
			continue
		}
		vals[i] = call.Args[p]
		if i < len(f.KeySels) && f.KeySels[i] != "" {
			// a field of a parameters struct: its value in the
			// literal given (sqlc's FindXParams{EventType: e})
			vals[i] = fieldValue(call.Args[p], f.KeySels[i])
		}
	}
	return vals
}

// addHanded adds the conditions of the query a caller hands a lookup
// helper (h) to the helper's own key.
func addHanded(l, h *orm.Lookup) {
	if h.KeyErr != "" {
		l.Key, l.Values, l.KeyErr = nil, nil, h.KeyErr
		return
	}
	if l.KeyErr == orm.NoConditions {
		l.Key, l.Values, l.KeyErr = nil, nil, ""
	}
	if l.KeyErr != "" {
		return
	}
	vals := make([]ast.Expr, len(l.Key), len(l.Key)+len(h.Key))
	copy(vals, l.Values)
	l.Key = append(append([]string(nil), l.Key...), h.Key...)
	l.Values = append(vals, h.Values...)
	if len(l.Key) == 0 {
		l.KeyErr = orm.NoConditions
	}
}

// kind is the kind of lookup a call of the function f summarizes
// makes; rows: it returns a list.
func (f *LookupFact) kind(rows bool) orm.LookupKind {
	switch {
	case f.Count:
		return orm.CountLookup
	case rows:
		return orm.RowsLookup
	case f.Exists:
		return orm.ExistLookup
	case f.NilOnNotFound:
		return orm.ValueLookup
	}
	return orm.ErrLookup
}

// fieldValue returns the value a literal (or &literal) gives its field
// sel (".EventType"), or nil.
func fieldValue(arg ast.Expr, sel string) ast.Expr {
	x := ast.Unparen(arg)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	lit, ok := x.(*ast.CompositeLit)
	name := strings.TrimPrefix(sel, ".")
	if !ok || name == "" || strings.Contains(name, ".") {
		return nil
	}
	for _, e := range lit.Elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == name {
				return kv.Value
			}
		}
	}
	return nil
}

// passedSQL reads, for a helper that runs the SQL its caller passes
// (LookupFact.SQLParam), the lookup that SQL makes at call; nil when the
// adapter cannot read it.
func (m *matcher) passedSQL(call *ast.CallExpr, f *LookupFact) *orm.Lookup {
	r, ok := m.a.(orm.SQLReader)
	if !ok || f.SQLParam > len(call.Args) || f.SQLArgs < f.SQLParam || f.SQLArgs > len(call.Args)+1 {
		return nil
	}
	return r.LookupSQL(m.pass.TypesInfo, m.resolve, call, call.Args[f.SQLParam-1], call.Args[f.SQLArgs-1:], call.Ellipsis.IsValid())
}

// unreturnedModel returns the model of a summarized lookup fn whose
// results do not hold it: the module's type for a count or an existence
// helper, a table for the SQL layers, T of a []T list (rows: a lookup
// of rows), or the repository's own type built from the row (entity:
// the model's name).
func (m *matcher) unreturnedModel(fn *types.Func, f *LookupFact) (model *types.Named, rows bool, entity string) {
	if f.Exists || f.ErrWhenFound || f.Count {
		if model = findModel(m.pass.Pkg, f.Model, map[*types.Package]bool{}); model != nil {
			return model, false, ""
		}
	}
	if model = sqlorm.Model(f.Model); model != nil {
		// a table (the SQL layers): whatever the function returns of
		// the row (its id, a column, a struct of the module's own)
		return model, false, ""
	}
	res := fn.Type().(*types.Signature).Results()
	if f.NilOnNotFound && !f.Exists && (res.Len() == 2 || res.Len() == 1) {
		// a repository's list of rows ([]T): a lookup of rows, decided
		// by len or by a scan of the list (preload.go)
		if el := sliceElem(res.At(0).Type()); el != nil && qualified(el) == f.Model {
			return el, true, ""
		} else if el != nil && f.Model != "" {
			return el, true, f.Model // rows converted to a domain type ([]*biz.Membership)
		}
	}
	if f.Model != "" && !f.Exists {
		// A repository that returns its own type, built from the row
		// (a domain struct of a clean architecture's biz layer).
		if model = domainResult(res); model != nil {
			return model, false, f.Model
		}
	}
	return nil, false, ""
}

// domainResult returns the struct type T of the first result *T or T of a
// repository function, when it is not the error.
func domainResult(res *types.Tuple) *types.Named {
	if res.Len() == 0 || res.Len() > 2 {
		return nil
	}
	return orm.StructOf(res.At(0).Type())
}

// viaCreate returns the create a call of a summarized function performs.
func (m *matcher) viaCreate(call *ast.CallExpr, model *types.Named, entity string) *orm.Create {
	fn := callee(m.pass.TypesInfo, call)
	var f CreateFact
	if fn == nil || !m.pass.ImportObjectFact(fn, &f) || f.ORM != m.a.Name() {
		return nil
	}
	if entity != "" {
		// The lookup names the ORM's model only: so must the create,
		// or name the domain type the lookup returns (a use case's
		// checked create of biz.OrgInvitation).
		if f.Model != entity && (model == nil || f.Model != qualified(model)) {
			return nil
		}
	} else if f.AnyArg > 0 {
		if arg := anyArg(fn, call, f.AnyArg); arg == nil || !sameModel(orm.StructOf(m.pass.TypesInfo.TypeOf(arg)), model) {
			return nil
		}
	} else if f.Model != qualified(model) {
		return nil
	}
	via := funcName(fn)
	switch {
	case f.Checked:
		via += " " + checkedVia
	case f.HidesErr:
		via += " " + hidesErrVia
	case f.Multi:
		via += " (which does more than the insert)"
	}
	c := &orm.Create{Call: call, Method: fn.Name(), Model: model, Via: via, ViaFunc: fn, ViaPure: f.Pure, ViaWhy: f.Impure, ViaSavepoint: f.Savepoint, ViaRereads: f.Rereads}
	if f.Record > 0 && f.Record <= len(call.Args) && call.Ellipsis == token.NoPos {
		c.Arg = call.Args[f.Record-1]
	}
	if f.Save && f.AnyArg == 0 && (c.Arg == nil || !m.newRow(call, c.Arg, model)) {
		// a Save of a row the caller was given (UpdateUser(u) of
		// its parameter u) may update it: no create
		return nil
	}
	if f.AnyArg > 0 && call.Ellipsis == token.NoPos {
		c.Arg = call.Args[f.AnyArg-1] // Create(ctx, db, &row): the row
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && f.RecordRecv {
		c.Arg = sel.X
	}
	if f.Record == 0 && len(f.Fields) > 0 && call.Ellipsis == token.NoPos && model != nil {
		// The record the function builds, as the caller sees it: a
		// literal of the fields it sets from its arguments (a value
		// fresh on every call, which the caller never writes).
		lit := &ast.CompositeLit{Type: ast.NewIdent(model.Obj().Name()), Lbrace: call.Pos(), Rbrace: call.Pos()}
		for i, name := range f.Fields {
			switch p := f.FieldParams[i]; {
			case p < 0: // a constant the function sets (ent: SetType(t.KindUser))
				lit.Elts = append(lit.Elts, &ast.KeyValueExpr{Key: ast.NewIdent(name), Value: &ast.BasicLit{Kind: token.STRING, Value: `"constant"`, ValuePos: call.Pos()}})
			case p < len(call.Args) && (i >= len(f.FieldSels) || f.FieldSels[i] == ""):
				lit.Elts = append(lit.Elts, &ast.KeyValueExpr{Key: ast.NewIdent(name), Value: call.Args[p]})
			case p < len(call.Args):
				if v := selectField(call.Args[p], f.FieldSels[i]); v != nil {
					lit.Elts = append(lit.Elts, &ast.KeyValueExpr{Key: ast.NewIdent(name), Value: v})
				}
			}
		}
		c.Arg = &ast.UnaryExpr{Op: token.AND, X: lit, OpPos: call.Pos()}
	}
	return c
}

// newRow reports an argument that is a row the calling function made:
// a literal, or a variable of its body declared as one, or zero (p :=
// Page{}, then decoded from the request), and never assigned anything
// else: not a row it looked up, nor one it was given. A literal that
// sets model's primary key is no new row: GORM's Save of it updates
// that row, or upserts it (komari's Save(&Provider{Name: name})).
func (m *matcher) newRow(call *ast.CallExpr, arg ast.Expr, model *types.Named) bool {
	info := m.pass.TypesInfo
	var pk []string
	if model != nil {
		pk = m.primaryFields(model)
	}
	setsPK := func(lit *ast.CompositeLit) bool {
		for _, e := range lit.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok && slices.Contains(pk, identOf(kv.Key).Name) {
				return true
			}
		}
		return false
	}
	x := ast.Unparen(arg)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	if lit := orm.LitOf(x); lit != nil {
		return !setsPK(lit)
	}
	v, ok := info.Uses[identOf(x)].(*types.Var)
	if !ok {
		return false
	}
	fn := m.outerFunc(call.Pos())
	var body *ast.BlockStmt
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		body = fn.Body
	case *ast.FuncLit:
		body = fn.Body
	}
	if body == nil || v.Pos() < body.Pos() || v.Pos() >= body.End() {
		return false // a parameter, or a package variable
	}
	made := func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = ast.Unparen(u.X)
		}
		if lit, ok := e.(*ast.CompositeLit); ok {
			return !setsPK(lit)
		}
		c, ok := e.(*ast.CallExpr)
		return ok && isBuiltin(info, c.Fun, "new")
	}
	ok = true
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if info.ObjectOf(identOf(l)) == v && (len(n.Rhs) != len(n.Lhs) || !made(n.Rhs[i])) {
					ok = false
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if info.Defs[id] == v && i < len(n.Values) && !made(n.Values[i]) {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

// isBuiltin reports whether e names the builtin function name.
func isBuiltin(info *types.Info, e ast.Expr, name string) bool {
	b, ok := info.Uses[identOf(e)].(*types.Builtin)
	return ok && b.Name() == name
}

// selectField returns the value of the field sel (".A.B") of the
// argument x: the value of its key in a literal (Params{Handle: h}), or
// the selector expression x.A.B; nil when a literal does not set it.
func selectField(x ast.Expr, sel string) ast.Expr {
	for _, name := range strings.Split(strings.TrimPrefix(sel, "."), ".") {
		if lit := orm.LitOf(x); lit != nil {
			var v ast.Expr
			for _, e := range lit.Elts {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == name {
						v = kv.Value
					}
				}
			}
			if v == nil {
				return nil
			}
			x = v
			continue
		}
		x = &ast.SelectorExpr{X: x, Sel: &ast.Ident{Name: name, NamePos: x.End()}}
	}
	return x
}

// viaErrArg returns the create a helper performs when the call passes it
// the lookup's error (an ErrArgCreateFact), or nil.
func (m *matcher) viaErrArg(call *ast.CallExpr, b *orm.Binding) *orm.Create {
	fn := callee(m.pass.TypesInfo, call)
	var f ErrArgCreateFact
	if fn == nil || b.Err == nil || !m.pass.ImportObjectFact(fn, &f) || f.ORM != m.a.Name() || f.Model != qualified(b.Lookup.Model) {
		return nil
	}
	if f.Param >= len(call.Args) || m.obj(call.Args[f.Param]) != b.Err {
		return nil
	}
	return &orm.Create{Call: call, Method: fn.Name(), Model: b.Lookup.Model, ViaFunc: fn, Via: funcName(fn) + " (which creates when the error it is given is not-found)"}
}

// viaCreateAny returns the create a call of a summarized function
// performs, whatever its model.
func (m *matcher) viaCreateAny(call *ast.CallExpr) *orm.Create {
	fn := callee(m.pass.TypesInfo, call)
	var f CreateFact
	if fn == nil || !m.pass.ImportObjectFact(fn, &f) || f.ORM != m.a.Name() {
		return nil
	}
	model := findModel(m.pass.Pkg, f.Model, map[*types.Package]bool{})
	if model == nil {
		return nil
	}
	return &orm.Create{Call: call, Method: fn.Name(), Model: model, Via: funcName(fn), ViaFunc: fn}
}

// viaValueArg returns the create a helper performs when the call passes
// it the looked-up row (a ValueArgCreateFact), or nil.
func (m *matcher) viaValueArg(call *ast.CallExpr, b *orm.Binding) *orm.Create {
	fn := callee(m.pass.TypesInfo, call)
	var f ValueArgCreateFact
	if fn == nil || b.Dest == nil || b.Lookup.Model == nil || !m.pass.ImportObjectFact(fn, &f) || f.ORM != m.a.Name() || f.Model != qualified(b.Lookup.Model) {
		return nil
	}
	if f.Param >= len(call.Args) {
		return nil
	}
	arg := ast.Unparen(call.Args[f.Param])
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	if m.obj(arg) != b.Dest {
		return nil
	}
	return &orm.Create{Call: call, Method: fn.Name(), Model: b.Lookup.Model, ViaFunc: fn, Via: funcName(fn) + " (which creates when the row it is given is missing)"}
}
