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
// literal or assigns the key fields of. FirstOrCreate copies its struct
// and map conditions (not string ones) into the record itself.
func (Adapter) CarriesKey(info *types.Info, file *ast.File, c *orm.Create, key orm.UniqueKey) bool {
	vals, initialised := RecordValues(info, file, c)
	if initialised {
		return true
	}
	for _, f := range key.Fields {
		if _, ok := vals[f]; !ok {
			return false
		}
	}
	return len(key.Fields) > 0
}

// RecordValues returns the values the created record visibly gets, by Go
// field name (nil values where a field is assigned by other means), and
// whether FirstOrInit filled the record from the lookup's conditions.
func RecordValues(info *types.Info, file *ast.File, c *orm.Create) (vals map[string]ast.Expr, initialised bool) {
	vals = map[string]ast.Expr{}
	if c.Method == "FirstOrCreate" {
		// what it copies from its conditions, and the record's own
		// fields (FirstOrCreate(&w) after w := T{Key: k})
		firstOrCreateValues(info, file, c, vals)
		own, _ := RecordValues(info, file, &orm.Create{Call: c.Call, Arg: c.Arg, Model: c.Model, Method: "Create"})
		for f, v := range own {
			if _, ok := vals[f]; !ok {
				vals[f] = v
			}
		}
		return vals, false
	}
	arg := ast.Unparen(c.Arg)
	if u, ok := arg.(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg = ast.Unparen(u.X)
	}
	if st, ok := arg.(*ast.StarExpr); ok { // CreateUser(*user)
		arg = ast.Unparen(st.X)
	}
	if lit, ok := arg.(*ast.CompositeLit); ok {
		litFields(lit, vals)
		return vals, false
	}
	if lit := builtBy(info, file, arg); lit != nil { // Create(ctx, db, toModel(in))
		builtFields(lit, vals)
		return vals, false
	}
	id, ok := arg.(*ast.Ident)
	if !ok {
		return vals, false
	}
	v := info.ObjectOf(id)
	if v == nil {
		return vals, false
	}
	body := declaringBody(file, c.Call, v)
	if body == nil {
		return vals, false
	}
	return vals, recordWrites(info, file, body, v, vals)
}

// declaringBody returns the body of the function around call that
// declares v (the create may be in a function literal, a transaction
// callback, that captures it), or nil.
func declaringBody(file *ast.File, call *ast.CallExpr, v types.Object) *ast.BlockStmt {
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	for _, p := range path {
		var b *ast.BlockStmt
		switch f := p.(type) {
		case *ast.FuncLit:
			b = f.Body
		case *ast.FuncDecl:
			b = f.Body
		}
		if b != nil && p.Pos() <= v.Pos() && v.Pos() < p.End() { // a named result too
			return b
		}
	}
	return nil
}

// recordWrites notes in vals the fields body gives the record v (a
// literal it is defined or assigned, its fields assigned), and reports
// whether FirstOrInit filled it from the lookup's conditions.
func recordWrites(info *types.Info, file *ast.File, body *ast.BlockStmt, v types.Object, vals map[string]ast.Expr) (initialised bool) {
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
						litFields(lit, vals)
					} else if lit := builtBy(info, file, n.Rhs[i]); lit != nil {
						builtFields(lit, vals)
					}
				}
				if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok && rootedAt(info, sel.X, v) {
					var val ast.Expr
					if len(n.Lhs) == len(n.Rhs) {
						val = n.Rhs[i]
					}
					vals[sel.Sel.Name] = val
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if info.Defs[name] == v && i < len(n.Values) {
					if lit := litOf(n.Values[i]); lit != nil {
						litFields(lit, vals)
					} else if lit := builtBy(info, file, n.Values[i]); lit != nil {
						builtFields(lit, vals)
					}
				}
			}
		}
		return true
	})
	return initialised
}

// defOf returns the value a variable e (or &e) used in call was given
// by its one definition in a function around call, or nil.
func defOf(info *types.Info, file *ast.File, call *ast.CallExpr, e ast.Expr) ast.Expr {
	if file == nil {
		return nil
	}
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v := info.Uses[id]
	if v == nil {
		return nil
	}
	path, _ := astutil.PathEnclosingInterval(file, call.Pos(), call.End())
	var def ast.Expr
	n := 0
	for _, p := range path {
		if _, ok := p.(*ast.FuncDecl); !ok {
			continue
		}
		ast.Inspect(p, func(m ast.Node) bool {
			switch m := m.(type) {
			case *ast.AssignStmt:
				for i, l := range m.Lhs {
					if lid, ok := l.(*ast.Ident); ok && (info.Defs[lid] == v || info.Uses[lid] == v) {
						n++
						if len(m.Lhs) == len(m.Rhs) {
							def = m.Rhs[i]
						}
					}
				}
			case *ast.ValueSpec:
				for i, name := range m.Names {
					if info.Defs[name] == v && i < len(m.Values) {
						n++
						def = m.Values[i]
					}
				}
			}
			return true
		})
	}
	if n != 1 {
		return nil
	}
	return def
}

// firstOrCreateValues collects what FirstOrCreate copies into the record
// it inserts: the fields of struct and map conditions (Where, inline
// conditions) and of Attrs and Assign. String conditions are not copied.
func firstOrCreateValues(info *types.Info, file *ast.File, c *orm.Create, vals map[string]ast.Expr) {
	model := c.Model
	byCol := map[string]string{}
	if model != nil {
		for _, col := range modelColumns(model) {
			byCol[col.Name] = col.Field
		}
	}
	take := func(e ast.Expr) {
		lit := litOf(e)
		if lit == nil {
			lit = litOf(defOf(info, file, c.Call, e)) // Attrs(defaults), defaults := T{...}
		}
		if lit == nil {
			return
		}
		if _, isMap := info.TypeOf(lit).Underlying().(*types.Map); isMap {
			for _, el := range lit.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if s, ok := stringConst(info, kv.Key); ok && byCol[s] != "" {
						vals[byCol[s]] = kv.Value
					}
				}
			}
			return
		}
		litFields(lit, vals)
	}
	for _, a := range c.Call.Args[1:] {
		take(a)
	}
	for x := ast.Expr(c.Call); ; {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return
		}
		recv, name, ok := method(call)
		if !ok {
			return
		}
		switch name {
		case "Where", "Attrs", "Assign":
			if len(call.Args) == 1 {
				take(call.Args[0])
			}
		}
		x = recv
	}
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

var litOf = orm.LitOf

// litFields records the keyed fields of a struct literal and their
// values, looking into embedded structs given as literals
// (Model: gorm.Model{ID: id}).
func litFields(lit *ast.CompositeLit, vals map[string]ast.Expr) {
	for _, el := range lit.Elts {
		kv, ok := el.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok {
			vals[id.Name] = kv.Value
		}
		if inner := litOf(kv.Value); inner != nil {
			litFields(inner, vals)
		}
	}
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

// builtBy returns the literal a converter of the file builds and returns
// when e calls it (kcr := convertToModel(in), whose one return gives
// &T{...} or a variable defined so), or nil.
func builtBy(info *types.Info, file *ast.File, e ast.Expr) *ast.CompositeLit {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || file == nil {
		return nil
	}
	fn, ok := orm.Callee(info, call).(*types.Func)
	if !ok {
		return nil
	}
	var body *ast.BlockStmt
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && info.Defs[fd.Name] == fn {
			body = fd.Body
		}
	}
	if body == nil {
		return nil
	}
	var ret *ast.ReturnStmt
	n := 0
	ast.Inspect(body, func(x ast.Node) bool {
		if _, lit := x.(*ast.FuncLit); lit {
			return false
		}
		if r, ok := x.(*ast.ReturnStmt); ok {
			ret, n = r, n+1
		}
		return true
	})
	if n != 1 || len(ret.Results) != 1 {
		return nil
	}
	if lit := litOf(ret.Results[0]); lit != nil {
		return lit
	}
	id, ok := ast.Unparen(ret.Results[0]).(*ast.Ident)
	if !ok {
		return nil
	}
	v := info.Uses[id]
	var lit *ast.CompositeLit
	ast.Inspect(body, func(x ast.Node) bool {
		if as, ok := x.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) == len(as.Rhs) {
			for i, l := range as.Lhs {
				if lid, ok := l.(*ast.Ident); ok && info.Defs[lid] == v {
					lit = litOf(as.Rhs[i])
				}
			}
		}
		return true
	})
	return lit
}

// builtFields notes the fields a converter's literal sets, with no
// value: they are the converter's expressions, not the caller's.
func builtFields(lit *ast.CompositeLit, vals map[string]ast.Expr) {
	inner := map[string]ast.Expr{}
	litFields(lit, inner)
	for f := range inner {
		vals[f] = nil
	}
}
