package gormorm

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/upsertfix/upsertfix/internal/orm"
	"golang.org/x/tools/go/ast/astutil"
)

// CarriesKey implements orm.Adapter: the record is a literal setting the
// key fields, or a variable that the enclosing function gives such a
// literal or assigns the key fields of. FirstOrCreate copies its
// conditions into the record itself.
func (Adapter) CarriesKey(info *types.Info, file *ast.File, c *orm.Create, key orm.UniqueKey) bool {
	if c.Method == "FirstOrCreate" {
		return true
	}
	arg := ast.Unparen(c.Arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	set := map[string]bool{}
	if lit, ok := arg.(*ast.CompositeLit); ok {
		litFields(lit, set)
		return coversAll(set, key.Fields)
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return false
	}
	v := info.ObjectOf(id)
	body := enclosingBody(file, c.Call)
	if v == nil || body == nil {
		return false
	}
	initialised := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			// FirstOrInit(&v, ...) copies the lookup's conditions into v.
			if _, name, ok := method(n); ok && name == "FirstOrInit" && len(n.Args) > 0 && rootedAt(info, unaddr(n.Args[0]), v) {
				initialised = true
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if i < len(n.Rhs) && len(n.Lhs) == len(n.Rhs) && usesObjOrDef(info, lhs, v) {
					if lit := litOf(n.Rhs[i]); lit != nil {
						litFields(lit, set)
					}
				}
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && rootedAt(info, sel.X, v) {
					set[sel.Sel.Name] = true
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == v && i < len(n.Values) {
					if lit := litOf(n.Values[i]); lit != nil {
						litFields(lit, set)
					}
				}
			}
		}
		return true
	})
	return initialised || coversAll(set, key.Fields)
}

func unaddr(e ast.Expr) ast.Expr {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return u.X
	}
	return e
}

func usesObjOrDef(info *types.Info, e ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && (info.Uses[id] == v || info.Defs[id] == v)
}

// rootedAt reports whether e is v, or a field path on v (v.Model).
func rootedAt(info *types.Info, e ast.Expr, v types.Object) bool {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return info.Uses[x] == v
		case *ast.SelectorExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return false
		}
	}
}

func litOf(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

// litFields records the keyed fields of a struct literal, looking into
// embedded structs given as literals (Model: gorm.Model{ID: id}).
func litFields(lit *ast.CompositeLit, set map[string]bool) {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			set[id.Name] = true
		}
		if inner := litOf(kv.Value); inner != nil {
			litFields(inner, set)
		}
	}
}

func coversAll(set map[string]bool, fields []string) bool {
	for _, f := range fields {
		if !set[f] {
			return false
		}
	}
	return len(fields) > 0
}

// enclosingBody returns the body of the innermost function holding n.
func enclosingBody(file *ast.File, n ast.Node) *ast.BlockStmt {
	path, _ := astutil.PathEnclosingInterval(file, n.Pos(), n.End())
	for _, p := range path {
		switch f := p.(type) {
		case *ast.FuncLit:
			return f.Body
		case *ast.FuncDecl:
			return f.Body
		}
	}
	return nil
}
