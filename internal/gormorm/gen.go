package gormorm

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// gorm.io/gen generates, for each model, a query API over GORM (nginx-ui's
// query package):
//
//	u := query.UpstreamConfig
//	config, err := u.Where(u.Socket.Eq(socket)).First() // (*model.UpstreamConfig, error)
//	err = u.Create(config)
//
// Its types embed gen.DO, whose methods run GORM's First, Take, Last and
// Create; its conditions are field expressions (u.Socket.Eq(v)) named
// after the model's Go fields. The fix goes through the generated
// methods as it goes through a repository's: the create runs once, and a
// failed insert goes back to the lookup once.

// GenPath is the import path of gorm.io/gen.
const GenPath = "gorm.io/gen"

// IsGenQuery reports whether t (or what it points to) is a query type
// gorm.io/gen generated: a struct that embeds gen.DO at any depth (xDo,
// or the x that embeds it), or an interface that embeds gen.SubQuery
// (IXDo, which Where and WithContext return).
func IsGenQuery(t types.Type) bool {
	return genDo(t, 0)
}

func genDo(t types.Type, depth int) bool {
	if depth > 3 || t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == GenPath && (n.Obj().Name() == "DO" || n.Obj().Name() == "SubQuery") {
		return true
	}
	switch u := n.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			if f := u.Field(i); f.Embedded() && genDo(f.Type(), depth+1) {
				return true
			}
		}
	case *types.Interface:
		for i := range u.NumEmbeddeds() {
			if genDo(u.EmbeddedType(i), depth+1) {
				return true
			}
		}
	}
	return false
}

// genMethod returns the generated method call calls, its receiver and
// name, when the receiver is a gen query type of the module (not gen.DO
// itself, whose methods return interface{}).
func genMethod(info *types.Info, call *ast.CallExpr) (recv ast.Expr, fn *types.Func) {
	r, _, ok := method(call)
	if !ok || !IsGenQuery(info.TypeOf(r)) {
		return nil, nil
	}
	sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	fn, ok = info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() == GenPath && fn.Name() != "Count" {
		return nil, nil // gen.DO's own First returns interface{}; its Count is typed
	}
	return r, fn
}

// genName names a generated method for a message: query.upstreamConfigDo.First.
func genName(fn *types.Func) string {
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	t := recv.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return fn.Pkg().Name() + "." + n.Obj().Name() + "." + fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// genLookup is Lookup for gen: First, Take or Last, with no argument,
// returning (*Model, error).
func genLookup(info *types.Info, call *ast.CallExpr) *orm.Lookup {
	recv, fn := genMethod(info, call)
	if fn == nil || len(call.Args) != 0 {
		return nil
	}
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 2 {
		return nil
	}
	kind := orm.ErrLookup
	var model *types.Named
	switch fn.Name() {
	case "First", "Take", "Last":
		model = namedStruct(res.At(0).Type())
	case "Count": // count, err := q.Where(...).Count(): 0 is not found
		kind, model = orm.CountLookup, genModel(info, recv)
	default:
		return nil
	}
	if model == nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: kind, Model: model, Via: genName(fn), ViaPure: true}
	l.Key, l.Values, l.KeyErr = genKey(info, recv, model)
	if l.KeyErr == "" && len(l.Key) == 0 {
		l.KeyErr = orm.NoConditions
	}
	return l
}

// genCreate is Create for gen: Create(&m) of one record; Save is an
// insert-on-conflict-update (gen's DO.Save), so atomic.
func genCreate(info *types.Info, call *ast.CallExpr) *orm.Create {
	_, fn := genMethod(info, call)
	if fn == nil || len(call.Args) != 1 || call.Ellipsis.IsValid() {
		return nil
	}
	switch fn.Name() {
	case "Create", "Save":
	default:
		return nil
	}
	model := namedStruct(info.TypeOf(call.Args[0]))
	if model == nil {
		return nil
	}
	return &orm.Create{Call: call, Method: fn.Name(), Model: model, Arg: call.Args[0], Atomic: fn.Name() == "Save",
		Via: genName(fn), ViaPure: true}
}

// genKey walks x.Where(conds...).WithContext(ctx)... down to the query
// value and collects the columns its conditions pin by equality
// (u.Socket.Eq(v)): the field's name is the model's Go field.
func genKey(info *types.Info, x ast.Expr, model *types.Named) (cols []string, vals []ast.Expr, why string) {
	byField := map[string]string{}
	for _, c := range modelColumns(model) {
		byField[c.Field] = c.Name
	}
	narrowed := ""
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		recv, name, ok := method(call)
		if !ok {
			return nil, nil, "the query is built by a call upsertfix does not read"
		}
		switch name {
		case "Where":
			if !IsGenQuery(info.TypeOf(recv)) {
				return nil, nil, "the query is built by a call upsertfix does not read"
			}
			for _, a := range call.Args {
				col, val, w := genCond(info, a, byField)
				if w != "" {
					if narrowed == "" {
						narrowed = w
					}
					continue
				}
				cols, vals = append(cols, col), append(vals, val)
			}
		case "WithContext", "Debug", "Order", "Limit", "Unscoped", "Select", "Preload", "Omit", "ReadDB", "WriteDB", "Session":
			// q.User.WithContext(ctx) starts the query from the
			// generated struct, which holds the xDo as a field
		default:
			return nil, nil, "the query calls ." + name + ", so its rows are not a simple equality match"
		}
		x = recv
	}
	if len(cols) == 0 && narrowed != "" {
		return nil, nil, narrowed
	}
	return cols, vals, ""
}

// genCond reads one condition: u.Socket.Eq(v) is (socket, v). Any other
// (Neq, Like, In, IsNull, an Or) only narrows the rows.
func genCond(info *types.Info, e ast.Expr, byField map[string]string) (col string, val ast.Expr, why string) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return "", nil, "a condition is not a field expression"
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 1 {
		return "", nil, "a condition is not a field expression"
	}
	fn, ok := info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || !strings.HasPrefix(fn.Pkg().Path(), GenPath+"/field") {
		return "", nil, "a condition is not a field expression"
	}
	if sel.Sel.Name != "Eq" {
		return "", nil, "the condition ." + sel.Sel.Name + " is not an equality"
	}
	f, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return "", nil, "a condition's field is not a generated field"
	}
	c, ok := byField[f.Sel.Name]
	if !ok {
		return "", nil, "the field " + f.Sel.Name + " is not a column of the model"
	}
	return c, call.Args[0], ""
}

// genModel is the model a gen query value queries: the *Model its
// First method returns.
func genModel(info *types.Info, recv ast.Expr) *types.Named {
	t := info.TypeOf(recv)
	if t == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "First")
	fn, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	res := fn.Type().(*types.Signature).Results()
	if res.Len() != 2 {
		return nil
	}
	return namedStruct(res.At(0).Type())
}
