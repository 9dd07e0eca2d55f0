package prismaorm

import (
	"go/ast"
	"go/types"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Upsertable reports whether the create can become an UpsertOne that
// Prisma runs as a native INSERT ... ON CONFLICT: a FindUnique (or a
// FindFirst on one unique key) whose where values are the create's own
// values for the key fields, and a create of scalar Set params only.
func Upsertable(info *types.Info, l *orm.Lookup, c *orm.Create) (*Where, []ast.Expr, string) {
	provider, updatedAt := schemaFacts(l.Model)
	switch provider {
	case "postgresql", "postgres", "cockroachdb", "sqlite":
	case "?":
		return nil, nil, "the generated client's datasource provider is unknown"
	default:
		return nil, nil, "Prisma has no native upsert on " + provider
	}
	if updatedAt {
		return nil, nil, "the model has an @updatedAt field, which even a no-op update changes"
	}
	find := FindCall(l.Call.Fun.(*ast.SelectorExpr).X)
	if find == nil || len(find.Args) != 1 {
		return nil, nil, "the lookup is not on exactly one unique key"
	}
	w, why := ParseWhere(info, find.Args[0])
	if why != "" || !w.Unique {
		return nil, nil, "the lookup is not on exactly one unique key"
	}
	create, ok := ast.Unparen(c.Call.Fun.(*ast.SelectorExpr).X).(*ast.CallExpr)
	if !ok {
		return nil, nil, "the create is not client.M.CreateOne(...).Exec(ctx)"
	}
	if _, name, _ := method(create); name != "CreateOne" {
		return nil, nil, "the create chains ." + name + " after CreateOne"
	}
	sets := map[string]ast.Expr{}
	for _, a := range create.Args {
		call, ok := ast.Unparen(a).(*ast.CallExpr)
		sel, ok2 := ast.Unparen(func() ast.Expr {
			if ok {
				return call.Fun
			}
			return a
		}()).(*ast.SelectorExpr)
		if !ok || !ok2 || sel.Sel.Name != "Set" || len(call.Args) != 1 {
			return nil, nil, "the create sets a relation or a computed param, which Prisma cannot run as a native upsert"
		}
		if f, ok := ast.Unparen(sel.X).(*ast.SelectorExpr); ok {
			sets[f.Sel.Name] = a
		}
	}
	var keySets []ast.Expr
	for i, f := range w.Fields {
		set, ok := sets[f]
		if !ok {
			return nil, nil, "the create does not set the key field " + f
		}
		v := set.(*ast.CallExpr).Args[0]
		if types.ExprString(v) != types.ExprString(w.Values[i]) || !pure(v) {
			return nil, nil, "the create's value for " + f + " is not the lookup's"
		}
		keySets = append(keySets, set)
	}
	return w, keySets, ""
}

// pure allows identifiers, selectors and literals: evaluating them twice is
// harmless.
func pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.CallExpr, *ast.UnaryExpr, *ast.FuncLit:
			ok = false
		}
		return ok
	})
	return ok
}
