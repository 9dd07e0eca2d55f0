// Package entorm is the upsertfix adapter for ent (entgo.io/ent v0.14):
// lookups through a generated client (Query().Where(...).Only/First/
// OnlyID/FirstID/Exist), creates (Create()...Save/SaveX/Exec/ExecX), the
// generated IsNotFound, and unique keys read from the generated
// migrate/schema.go. Generated code is recognised by its types, whatever
// the user's module path and entity names.
package entorm

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Path is the import path of ent.
const Path = "entgo.io/ent"

const sqlPath = Path + "/dialect/sql"

// Adapter is the ent vocabulary. Its zero value is ready to use.
type Adapter struct{ cache *keyCache }

// New returns an adapter with its own cache of the schema it reads; the
// Analyzer makes one per pass. The zero Adapter reads the schema on
// every call.
func New() Adapter { return Adapter{cache: &keyCache{keys: map[string][]orm.UniqueKey{}}} }

var _ orm.Adapter = Adapter{}

// Name implements orm.Adapter.
func (Adapter) Name() string { return "ent" }

// Triggers implements orm.Adapter: the generated client imports ent; user
// code imports the generated client, one level up.
func (Adapter) Triggers(path string) bool { return path == Path || strings.HasPrefix(path, Path+"/") }

var (
	method  = orm.Method
	named   = orm.Named
	usesObj = orm.Uses
)

// methodSig returns the signature of method name of t (or *t).
func methodSig(t types.Type, name string) *types.Signature {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	if f, ok := obj.(*types.Func); ok {
		return f.Type().(*types.Signature)
	}
	return nil
}

// isPredicate reports whether t is a generated predicate type, a
// func(*sql.Selector).
func isPredicate(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return false
	}
	n := named(sig.Params().At(0).Type())
	return n != nil && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == sqlPath && n.Obj().Name() == "Selector"
}

// QueryModel returns the entity of a generated *XQuery (its Only
// method's node type), or nil if t is not one.
func QueryModel(t types.Type) *types.Named {
	n := named(t)
	if n == nil || !strings.HasSuffix(n.Obj().Name(), "Query") {
		return nil
	}
	where := methodSig(t, "Where")
	if where == nil || !where.Variadic() || where.Params().Len() != 1 {
		return nil
	}
	if !isPredicate(where.Params().At(0).Type().(*types.Slice).Elem()) {
		return nil
	}
	return nodeOf(methodSig(t, "Only"))
}

// clientModel returns the entity of a generated *XClient (its Query
// method returns a generated *XQuery), or nil.
func clientModel(t types.Type) *types.Named {
	n := named(t)
	if n == nil || !strings.HasSuffix(n.Obj().Name(), "Client") {
		return nil
	}
	q := methodSig(t, "Query")
	if q == nil || q.Results().Len() != 1 {
		return nil
	}
	return QueryModel(q.Results().At(0).Type())
}

// CreateModel returns the entity of a generated *XCreate builder.
func CreateModel(t types.Type) *types.Named {
	n := named(t)
	if n == nil || !strings.HasSuffix(n.Obj().Name(), "Create") || methodSig(t, "Mutation") == nil {
		return nil
	}
	return nodeOf(methodSig(t, "Save"))
}

// nodeOf returns X for a func(context.Context) (*X, error).
func nodeOf(sig *types.Signature) *types.Named {
	if sig == nil || sig.Results().Len() != 2 {
		return nil
	}
	n := named(sig.Results().At(0).Type())
	if n == nil {
		return nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil
	}
	return n
}

// Lookup implements orm.Adapter.
func (a Adapter) Lookup(info *types.Info, call *ast.CallExpr) *orm.Lookup {
	return a.LookupResolved(info, call, nil)
}

// LookupResolved implements orm.LookupResolver: a query built in a
// variable (q := client.User.Query().Where(...); q.Only(ctx)) is followed
// to its definition.
func (a Adapter) LookupResolved(info *types.Info, call *ast.CallExpr, resolve orm.Resolver) *orm.Lookup {
	recv, name, ok := method(call)
	if !ok {
		return nil
	}
	var kind orm.LookupKind
	switch name {
	case "Only", "First", "OnlyID", "FirstID":
		kind = orm.ErrLookup
	case "Exist":
		kind = orm.ExistLookup
	case "All", "IDs", "Strings", "Ints", "Float64s", "Bools":
		// The rows (or one column of them): none found is an empty
		// slice and no error, tested with len(rows) == 0.
		kind = orm.ValueLookup
	case "Get":
		// client.User.Get(ctx, id): a lookup by primary key.
		if model := clientModel(info.TypeOf(recv)); model != nil && len(call.Args) == 2 {
			return &orm.Lookup{Call: call, Kind: orm.ErrLookup, Model: model, Key: []string{"id"}}
		}
		return nil
	default:
		return nil
	}
	model := QueryModel(info.TypeOf(recv))
	if model == nil && kind == orm.ValueLookup {
		// q.Select(user.FieldEmail).Strings(ctx): the *XSelect of a query.
		if sel, ok := ast.Unparen(recv).(*ast.CallExpr); ok {
			if inner, name, ok := method(sel); ok && name == "Select" {
				model = QueryModel(info.TypeOf(inner))
			}
		}
	}
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: kind, Model: model}
	l.Key, l.KeyErr, _ = chainKeyResolved(info, recv, resolve)
	if l.KeyErr == "" && len(l.Key) == 0 {
		l.KeyErr = "the query has no Where predicates"
	}
	return l
}

// chainKeyResolved walks X.Query().Where(...)... and collects the columns
// that the predicates pin by equality, following query variables with
// resolve. consts holds the qualified field constants.
func chainKeyResolved(info *types.Info, x ast.Expr, resolve orm.Resolver) (cols []string, why string, consts []string) {
	filter := "" // why the first predicate that is not an equality is not
	for {
		if id, ok := ast.Unparen(x).(*ast.Ident); ok && resolve != nil {
			if def := resolve(id); def != nil && QueryModel(info.TypeOf(def)) != nil {
				x = def
				continue
			}
		}
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		recv, name, ok := method(call)
		if !ok || QueryModel(info.TypeOf(recv)) == nil {
			// a function of the module that hands the query back with
			// eager loading or ordering (withUserEagerLoading(ctx, q))
			if resolve != nil && QueryModel(info.TypeOf(call)) != nil {
				if def := resolve(call); def != nil && QueryModel(info.TypeOf(def)) != nil {
					x = def
					continue
				}
			}
			break // Query() on the entity client
		}
		switch {
		case name == "Where":
			// The predicates are ANDed: one that is not an equality
			// on a field (DeletedAtIsNil, an edge's Has...With) only
			// narrows the rows the equalities pin, so those still make
			// the key; it is why there is none only when no equality
			// is left.
			for _, p := range call.Args {
				c, k, w := predKey(info, p)
				if w != "" && filter == "" {
					filter = w
				}
				cols, consts = append(cols, c...), append(consts, k...)
			}
		case name == "Limit", name == "Order", name == "Unique", name == "Select", name == "ForUpdate",
			name == "ForShare", name == "Clone", strings.HasPrefix(name, "With"):
		default:
			return nil, "the query calls ." + name + ", so its rows are not a simple equality match", nil
		}
		x = recv
	}
	if len(cols) == 0 && filter != "" {
		return nil, filter, nil
	}
	return cols, "", consts
}

// predKey reads one predicate: user.Email(v), user.EmailEQ(v), user.ID(v),
// or user.And(...) of such.
func predKey(info *types.Info, e ast.Expr) (cols []string, consts []string, why string) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, nil, "a predicate is not a generated field predicate"
	}
	var id *ast.Ident
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.Ident:
		id = f
	}
	fn, ok := info.Uses[id].(*types.Func)
	if id == nil || !ok || fn.Pkg() == nil {
		return nil, nil, "a predicate is not a generated field predicate"
	}
	if fn.Name() == "And" {
		for _, a := range call.Args {
			c, k, w := predKey(info, a)
			if w != "" && why == "" {
				why = w // narrows, as in Where
			}
			cols, consts = append(cols, c...), append(consts, k...)
		}
		if len(cols) > 0 {
			why = ""
		}
		return cols, consts, why
	}
	field := strings.TrimSuffix(fn.Name(), "EQ")
	c, ok := fn.Pkg().Scope().Lookup("Field" + field).(*types.Const)
	if !ok || c.Val().Kind() != constant.String || len(call.Args) != 1 {
		return nil, nil, "the predicate " + fn.Pkg().Name() + "." + fn.Name() + " is not an equality on a field"
	}
	return []string{constant.StringVal(c.Val())}, []string{fn.Pkg().Path() + ".Field" + field}, ""
}

// Create implements orm.Adapter.
func (a Adapter) Create(info *types.Info, call *ast.CallExpr) *orm.Create {
	recv, name, ok := method(call)
	if !ok {
		return nil
	}
	switch name {
	case "Save", "SaveX", "Exec", "ExecX":
	default:
		return nil
	}
	model := CreateModel(info.TypeOf(recv))
	if model == nil {
		return nil
	}
	return &orm.Create{Call: call, Method: name, Model: model}
}

// isGenerated reports whether fn is a function of the generated ent
// package (it declares NotFoundError).
func isGenerated(fn *types.Func) bool {
	return fn.Pkg() != nil && fn.Pkg().Scope().Lookup("NotFoundError") != nil
}

func calledFunc(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := orm.Callee(info, call).(*types.Func)
	return fn
}

// Cond implements orm.Adapter.
func (a Adapter) Cond(info *types.Info, cond ast.Expr, b *orm.Binding) (t, f orm.Outcome, ok bool) {
	rest := func(x orm.Outcome) (orm.Outcome, orm.Outcome, bool) { return x, orm.All &^ x, true }
	isErr := func(e ast.Expr) bool { return usesObj(info, e, b.Err) }
	switch c := ast.Unparen(cond).(type) {
	case *ast.Ident:
		if usesObj(info, c, b.Count) {
			return rest(orm.Found) // exists
		}
	case *ast.CallExpr:
		if fn := calledFunc(info, c); fn != nil && len(c.Args) == 1 && isErr(c.Args[0]) && isGenerated(fn) && fn.Name() == "IsNotFound" {
			return rest(orm.NotFound)
		}
		// errors.As(err, &nf) with nf a *ent.NotFoundError of a generated client
		if fn := calledFunc(info, c); fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "errors" && fn.Name() == "As" && len(c.Args) == 2 && isErr(c.Args[0]) {
			if p, ok := info.TypeOf(c.Args[1]).(*types.Pointer); ok {
				if n := named(p.Elem()); n != nil && n.Obj().Name() == "NotFoundError" && n.Obj().Pkg() != nil && n.Obj().Pkg().Scope().Lookup("IsNotFound") != nil {
					return rest(orm.NotFound)
				}
			}
		}
	case *ast.BinaryExpr:
		x, y := c.X, c.Y
		if isErr(y) {
			x, y = y, x
		}
		tv, found := info.Types[y]
		if !isErr(x) || !found || !tv.IsNil() {
			return 0, 0, false
		}
		errNil := orm.Found // Only, First, OnlyID, FirstID: not found is an error
		if b.Lookup.Kind == orm.ExistLookup || b.Lookup.Kind == orm.ValueLookup {
			errNil = orm.Found | orm.NotFound
		}
		switch c.Op {
		case token.EQL:
			return rest(errNil)
		case token.NEQ:
			return rest(orm.All &^ errNil)
		}
	}
	return 0, 0, false
}

// HandlesConflict implements orm.Adapter: ent.IsConstraintError,
// sqlgraph.IsUniqueConstraintError, or a helper named for duplicates.
func (Adapter) HandlesConflict(info *types.Info, n ast.Node) bool { return orm.ConflictHelper(info, n) }

// Check implements orm.Adapter: the fix catches a unique violation and
// runs the lookup again. Inside an ent transaction a unique violation
// aborts it on PostgreSQL, so the fix takes a savepoint through the
// transaction's ExecContext, which the client has only when generated
// with the sql/execquery feature. SaveX and ExecX panic instead of
// returning the violation.
func (Adapter) Check(info *types.Info, l *orm.Lookup, c *orm.Create) string {
	recv, name, _ := method(c.Call)
	if tx := TxRoot(info, recv); tx != nil && !Savepoints(info, tx) {
		return "the create runs in an ent transaction: on PostgreSQL a unique violation aborts the transaction, so the lookup could not run again, and this client cannot take a savepoint; generate it with --feature sql/execquery (the fix then takes a SAVEPOINT through tx.ExecContext), or do the get-or-create outside the transaction"
	}
	if name == "SaveX" || name == "ExecX" {
		return name + " panics on a unique violation instead of returning it; use " + strings.TrimSuffix(name, "X") + " and handle its error, then run upsertfix again"
	}
	return ""
}

// TxRoot returns the generated *Tx a builder chain starts from (the tx
// of tx.User.Create()...), or nil.
func TxRoot(info *types.Info, x ast.Expr) ast.Expr {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.CallExpr:
			x = e.Fun
		case *ast.SelectorExpr:
			if n := named(info.TypeOf(e.X)); n != nil && n.Obj().Name() == "Tx" && n.Obj().Pkg() != nil && n.Obj().Pkg().Scope().Lookup("NotFoundError") != nil {
				return e.X
			}
			x = e.X
		default:
			return nil
		}
	}
}

// Savepoints reports whether the generated transaction tx can run a
// SAVEPOINT: its client was generated with sql/execquery, which gives
// *Tx an ExecContext.
func Savepoints(info *types.Info, tx ast.Expr) bool {
	return methodSig(info.TypeOf(tx), "ExecContext") != nil
}

// Suggest implements orm.Adapter.
func (Adapter) Suggest(model *types.Named, cols []string) string {
	if len(cols) == 1 {
		return "add .Unique() to field \"" + cols[0] + "\" in the " + model.Obj().Name() + " schema"
	}
	return "add index.Fields(\"" + strings.Join(cols, "\", \"") + "\").Unique() to the Indexes of the " + model.Obj().Name() + " schema"
}

// FixText implements orm.Adapter.
func (Adapter) FixText(info *types.Info, _ *orm.Lookup, c *orm.Create, key orm.UniqueKey, exists bool) string {
	if c.Via == "" && c.Call != nil && TxRoot(info, c.Call) != nil {
		return "create inside a savepoint (SAVEPOINT through the transaction's ExecContext), and on a unique violation roll back to it and go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; at REPEATABLE READ (MySQL's and MariaDB's default) the transaction's snapshot does not show the winner's row, so there the loser gets the insert's error, as before"
	}
	return "create, and on a unique violation (sqlgraph.IsUniqueConstraintError) go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second"
}

// CarriesKey implements orm.Adapter: the create builder calls SetX for
// every key field X; through a repository's create (c.Via), the record
// it builds from its arguments sets X.
func (Adapter) CarriesKey(_ *types.Info, _ *ast.File, c *orm.Create, key orm.UniqueKey) bool {
	set := SetFields(c)
	for _, q := range key.Fields {
		_, field, _ := strings.Cut(q[strings.LastIndex(q, ".")+1:], "Field")
		if field == "" || !set[field] {
			return false
		}
	}
	return len(key.Fields) > 0
}

// SetFields returns the fields the create sets: those its builder chain
// calls SetX for, or, through a repository's create (c.Via), those of the
// record it builds from its arguments (c.Arg, a literal).
func SetFields(c *orm.Create) map[string]bool {
	set := map[string]bool{}
	if c.Via == "" {
		for name := range Setters(c.Call) {
			set[name] = true
		}
		return set
	}
	for name := range orm.LitFields(c.Arg) {
		set[name] = true
	}
	return set
}

// Setters returns the fields a create builder chain sets, with the value
// of each: SetEmail(e) gives Email: e.
func Setters(call *ast.CallExpr) map[string]ast.Expr {
	out := map[string]ast.Expr{}
	for x := ast.Expr(call); ; {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return out
		}
		recv, name, ok := method(call)
		if !ok {
			return out
		}
		if field, ok := strings.CutPrefix(name, "Set"); ok && field != "" && len(call.Args) == 1 {
			if _, seen := out[field]; !seen {
				out[field] = call.Args[0]
			}
		}
		x = recv
	}
}

var litOf = orm.LitOf

// Hooks returns why ent hooks of model would run for the caller that loses
// the race, or "": the schema's Hooks() (generated as a Hooks variable in
// the entity's package) and client.<Model>.Use(...) calls in files.
func Hooks(info *types.Info, files []*ast.File, model *types.Named) string {
	name := model.Obj().Name()
	pkg := model.Obj().Pkg()
	for _, imp := range pkg.Imports() {
		if imp.Name() == strings.ToLower(name) {
			if v := imp.Scope().Lookup("Hooks"); v != nil {
				return "the " + name + " schema has hooks (Hooks()), which also run in the create of the caller that loses the race"
			}
		}
	}
	why := ""
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || why != "" {
				return why == ""
			}
			se, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || se.Sel.Name != "Use" {
				return true
			}
			if n := named(info.TypeOf(se.X)); n != nil && n.Obj().Pkg() == pkg && n.Obj().Name() == name+"Client" {
				why = "client." + name + ".Use registers hooks, which also run in the create of the caller that loses the race"
			}
			return true
		})
	}
	return why
}
