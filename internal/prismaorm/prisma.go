// Package prismaorm is the upsertfix adapter for prisma-client-go
// (github.com/steebchen/prisma-client-go v0.47): lookups
// (client.M.FindUnique(...).Exec(ctx), FindFirst with equality params),
// creates (client.M.CreateOne(...).Exec(ctx)), ErrNotFound tests, and
// unique keys read from the generated param types: a unique field's
// Equals returns an ...EqualsUniqueParam, a compound unique key is a
// method returning an ...EqualsUniqueWhereParam.
package prismaorm

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Path is the module path of prisma-client-go.
const Path = "github.com/steebchen/prisma-client-go"

// Adapter is the prisma-client-go vocabulary. Its zero value is ready to use.
type Adapter struct {
	fset    *token.FileSet // the pass's, to find the generated client's source
	schemas *schemas
}

// New returns an adapter for one analysis pass: it reads the generated
// client's embedded schema (relation fields) from its source through fset,
// and caches it for the pass. The zero Adapter knows no relation fields.
func New(fset *token.FileSet) Adapter {
	return Adapter{fset: fset, schemas: &schemas{byPk: map[string]schemaInfo{}}}
}

var _ orm.Adapter = Adapter{}

// Name implements orm.Adapter.
func (Adapter) Name() string { return "prisma" }

// Triggers implements orm.Adapter: the generated client imports the
// runtime; user code imports the generated client.
func (Adapter) Triggers(path string) bool { return path == Path || strings.HasPrefix(path, Path+"/") }

// IsGenerated reports whether pkg is a generated Prisma client.
func IsGenerated(pkg *types.Package) bool {
	return pkg != nil && pkg.Scope().Lookup("PrismaClient") != nil && pkg.Scope().Lookup("IsErrUniqueConstraint") != nil
}

var (
	method  = orm.Method
	named   = orm.Named
	usesObj = orm.Uses
)

func genName(t types.Type) string {
	n := named(t)
	if n == nil || !IsGenerated(n.Obj().Pkg()) {
		return ""
	}
	return n.Obj().Name()
}

// execModel returns M for X.Exec(ctx) with a generated X whose name ends
// in suffix and whose Exec returns (*MModel, error).
func execModel(info *types.Info, call *ast.CallExpr, suffix string) (recv ast.Expr, model *types.Named) {
	recv, name, ok := method(call)
	if !ok || name != "Exec" || !strings.HasSuffix(genName(info.TypeOf(recv)), suffix) {
		return nil, nil
	}
	sig, ok := info.TypeOf(call.Fun).(*types.Signature)
	if !ok || sig.Results().Len() != 2 {
		return nil, nil
	}
	m := named(sig.Results().At(0).Type())
	if m == nil || !strings.HasSuffix(m.Obj().Name(), "Model") {
		return nil, nil
	}
	return recv, m
}

// Where is a lookup's parameter that pins fields by equality.
type Where struct {
	Expr   ast.Expr
	Fields []string   // Go field names
	Values []ast.Expr // the Equals arguments, parallel to Fields
	Unique bool       // an ...EqualsUniqueParam or a compound ...EqualsUniqueWhereParam
}

// ParseWhere reads db.M.F.Equals(v) and compound db.M.AB(db.M.A.Equals(a), db.M.B.Equals(b)).
func ParseWhere(info *types.Info, e ast.Expr) (*Where, string) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, "a lookup parameter is not a field condition"
	}
	tn := genName(info.TypeOf(call))
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, "a lookup parameter is not a field condition"
	}
	switch {
	case strings.HasSuffix(tn, "EqualsUniqueWhereParam"):
		w := &Where{Expr: e, Unique: true}
		for _, a := range call.Args {
			sub, why := ParseWhere(info, a)
			if why != "" {
				return nil, why
			}
			w.Fields, w.Values = append(w.Fields, sub.Fields...), append(w.Values, sub.Values...)
		}
		return w, ""
	case sel.Sel.Name == "Equals" && len(call.Args) == 1 && (strings.HasSuffix(tn, "EqualsUniqueParam") || strings.HasSuffix(tn, "EqualsParam")):
		f, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
		if !ok {
			return nil, "a lookup parameter is not a field condition"
		}
		return &Where{Expr: e, Fields: []string{f.Sel.Name}, Values: call.Args, Unique: strings.HasSuffix(tn, "EqualsUniqueParam")}, ""
	}
	return nil, "the condition ." + sel.Sel.Name + " is not an equality on a field"
}

// Lookup implements orm.Adapter.
func (a Adapter) Lookup(info *types.Info, call *ast.CallExpr) *orm.Lookup {
	recv, model := execModel(info, call, "FindUnique")
	if model == nil {
		recv, model = execModel(info, call, "FindFirst")
	}
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: orm.ErrLookup, Model: model}
	for x := recv; ; {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		r, name, _ := method(c)
		switch name {
		case "FindUnique", "FindFirst":
			for _, p := range c.Args {
				w, why := ParseWhere(info, p)
				if why != "" {
					l.Key, l.KeyErr = nil, why
					return l
				}
				l.Key = append(l.Key, w.Fields...)
			}
			if len(l.Key) == 0 {
				l.KeyErr = orm.NoConditions
			}
			return l
		case "With", "Select", "Omit", "OrderBy":
		default:
			l.KeyErr = "the lookup calls ." + name + ", so its rows are not a simple equality match"
			return l
		}
		x = r
	}
	l.KeyErr = "the lookup does not start with FindUnique or FindFirst"
	return l
}

// Create implements orm.Adapter.
func (a Adapter) Create(info *types.Info, call *ast.CallExpr) *orm.Create {
	_, model := execModel(info, call, "CreateOne")
	if model == nil {
		return nil
	}
	return &orm.Create{Call: call, Method: "CreateOne", Model: model}
}

// isNotFound reports whether e names ErrNotFound of a generated client or
// of the runtime.
func isNotFound(info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.Ident:
		id = e
	default:
		return false
	}
	obj := info.Uses[id]
	return obj != nil && obj.Name() == "ErrNotFound" && (IsGenerated(obj.Pkg()) || (obj.Pkg() != nil && strings.HasPrefix(obj.Pkg().Path(), Path)))
}

func calleeName(info *types.Info, call *ast.CallExpr) (string, *types.Package) {
	obj := orm.Callee(info, call)
	if obj == nil {
		return "", nil
	}
	return obj.Name(), obj.Pkg()
}

// Cond implements orm.Adapter.
func (a Adapter) Cond(info *types.Info, cond ast.Expr, b *orm.Binding) (t, f orm.Outcome, ok bool) {
	rest := func(x orm.Outcome) (orm.Outcome, orm.Outcome, bool) { return x, orm.All &^ x, true }
	isErr := func(e ast.Expr) bool { return usesObj(info, e, b.Err) }
	switch c := ast.Unparen(cond).(type) {
	case *ast.CallExpr:
		name, pkg := calleeName(info, c)
		switch {
		case name == "Is" && pkg != nil && pkg.Path() == "errors" && len(c.Args) == 2 && isErr(c.Args[0]) && isNotFound(info, c.Args[1]):
			return rest(orm.NotFound)
		case name == "IsErrNotFound" && len(c.Args) == 1 && isErr(c.Args[0]) && (IsGenerated(pkg) || (pkg != nil && strings.HasPrefix(pkg.Path(), Path))):
			return rest(orm.NotFound)
		}
	case *ast.BinaryExpr:
		x, y := c.X, c.Y
		if isErr(y) {
			x, y = y, x
		}
		if !isErr(x) {
			return 0, 0, false
		}
		var tt orm.Outcome
		if tv, found := info.Types[y]; found && tv.IsNil() {
			tt = orm.Found
			if b.Lookup.Kind == orm.ValueLookup {
				tt |= orm.NotFound
			}
		} else if isNotFound(info, y) {
			tt = orm.NotFound
		} else {
			return 0, 0, false
		}
		switch c.Op {
		case token.EQL:
			return rest(tt)
		case token.NEQ:
			return rest(orm.All &^ tt)
		}
	}
	return 0, 0, false
}

// HandlesConflict implements orm.Adapter: db.IsErrUniqueConstraint, or a
// helper named for duplicates or constraints.
func (Adapter) HandlesConflict(info *types.Info, n ast.Node) bool { return orm.ConflictHelper(info, n) }

// Check implements orm.Adapter.
func (Adapter) Check(*types.Info, *orm.Lookup, *orm.Create) string { return "" }

// UniqueKeys implements orm.Adapter, from the generated types: the query
// namespace of model M (var M = mQuery{}) has a field per column, whose
// Equals returns an ...EqualsUniqueParam for a unique column, and a
// method per compound unique key returning an ...EqualsUniqueWhereParam.
func (Adapter) UniqueKeys(fset *token.FileSet, model *types.Named) []orm.UniqueKey {
	pkg := model.Obj().Pkg()
	v, ok := pkg.Scope().Lookup(strings.TrimSuffix(model.Obj().Name(), "Model")).(*types.Var)
	if !ok {
		return nil
	}
	var keys []orm.UniqueKey
	if st, ok := v.Type().Underlying().(*types.Struct); ok {
		for i := 0; i < st.NumFields(); i++ {
			f := st.Field(i)
			obj, _, _ := types.LookupFieldOrMethod(f.Type(), true, nil, "Equals")
			if fn, ok := obj.(*types.Func); ok {
				sig := fn.Type().(*types.Signature)
				if sig.Results().Len() == 1 && strings.HasSuffix(genName(sig.Results().At(0).Type()), "EqualsUniqueParam") {
					keys = append(keys, orm.UniqueKey{Name: "@unique " + f.Name(), Columns: []string{f.Name()}, Fields: []string{f.Name()}})
				}
			}
		}
	}
	ms := types.NewMethodSet(v.Type())
	for i := 0; i < ms.Len(); i++ {
		fn := ms.At(i).Obj().(*types.Func)
		sig := fn.Type().(*types.Signature)
		if sig.Results().Len() != 1 || !strings.HasSuffix(genName(sig.Results().At(0).Type()), "EqualsUniqueWhereParam") || sig.Params().Len() < 2 {
			continue
		}
		k := orm.UniqueKey{Name: "@@unique " + fn.Name()}
		for j := 0; j < sig.Params().Len(); j++ {
			pn := genName(sig.Params().At(j).Type()) // TrialSessionWithPrismaIPHashWhereParam
			_, field, ok := strings.Cut(pn, "WithPrisma")
			field = strings.TrimSuffix(field, "WhereParam")
			if !ok || field == "" {
				k.Columns = nil
				break
			}
			k.Columns = append(k.Columns, field)
			k.Fields = append(k.Fields, field)
		}
		if len(k.Columns) > 0 {
			keys = append(keys, k)
		}
	}
	return keys
}

// schemaName guesses the schema.prisma name of a Go field name:
// UserID -> userId, IPHash -> ipHash.
func schemaName(goName string) string {
	r := []rune(goName)
	if strings.HasSuffix(goName, "ID") && len(r) > 2 {
		r = append(r[:len(r)-1], 'd')
	}
	i := 0
	for i < len(r) && unicode.IsUpper(r[i]) {
		i++
	}
	if i > 1 && i < len(r) {
		i-- // the last capital starts the next word: IPHash -> ip|Hash
	}
	for j := 0; j < i || j == 0; j++ {
		r[j] = unicode.ToLower(r[j])
	}
	return string(r)
}

// Suggest implements orm.Adapter.
func (Adapter) Suggest(model *types.Named, cols []string) string {
	m := strings.TrimSuffix(model.Obj().Name(), "Model")
	if len(cols) == 1 {
		return "add @unique to " + m + "." + schemaName(cols[0]) + " in schema.prisma"
	}
	var names []string
	for _, c := range cols {
		names = append(names, schemaName(c))
	}
	return "add @@unique([" + strings.Join(names, ", ") + "]) to model " + m + " in schema.prisma"
}

// FixText implements orm.Adapter.
func (Adapter) FixText(_ *types.Info, _ *orm.Lookup, _ *orm.Create, key orm.UniqueKey, exists bool) string {
	return "create, and on a unique violation (P2002, IsErrUniqueConstraint) go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second"
}

// Setters returns the fields a CreateOne(...).Exec call sets with
// db.M.F.Set(v), by Go field name, and their values.
func Setters(call *ast.CallExpr) map[string]ast.Expr {
	out := map[string]ast.Expr{}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return out
	}
	create, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok {
		return out
	}
	for _, a := range create.Args {
		call, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || sel.Sel.Name != "Set" {
			continue
		}
		if f, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok {
			out[f.Sel.Name] = call.Args[0]
		}
	}
	return out
}

// CarriesKey implements orm.Adapter: CreateOne sets every key field
// (db.M.F.Set(...)); through a repository's create (c.Via), the record
// it builds from its arguments (c.Arg, a literal) sets them.
func (a Adapter) CarriesKey(_ *types.Info, _ *ast.File, c *orm.Create, key orm.UniqueKey) bool {
	if c.Via != "" {
		set := orm.LitFields(c.Arg)
		for _, f := range key.Fields {
			if !set[f] {
				return false
			}
		}
		return len(key.Fields) > 0
	}
	create, ok := ast.Unparen(c.Call.Fun.(*ast.SelectorExpr).X).(*ast.CallExpr)
	if !ok {
		return false
	}
	rels := a.schema(c.Model).relations[strings.TrimSuffix(c.Model.Obj().Name(), "Model")]
	set := map[string]bool{} // lower-cased field names
	for _, a := range create.Args {
		call, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			continue
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		f, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(sel.Sel.Name, "Set"):
			set[strings.ToLower(f.Sel.Name)] = true
		case sel.Sel.Name == "Link": // a relation sets its foreign-key fields
			for _, fk := range rels[strings.ToLower(f.Sel.Name)] {
				set[fk] = true
			}
		}
	}
	for _, f := range key.Fields {
		if !set[strings.ToLower(f)] {
			return false
		}
	}
	return len(key.Fields) > 0
}
