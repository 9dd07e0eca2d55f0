package gormorm

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// chainModel finds the model of a chain from its Model(&T{}) call.
func chainModel(info *types.Info, x ast.Expr) *types.Named {
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return nil
		}
		recv, name, ok := method(call)
		if !ok || !IsDB(info.TypeOf(recv)) {
			return nil
		}
		if name == "Model" && len(call.Args) == 1 {
			return namedStruct(info.TypeOf(call.Args[0]))
		}
		x = recv
	}
}

// chainKey walks a query chain back to its root and collects the columns
// pinned by equality. atomic reports a clause.OnConflict in the chain.
func (a Adapter) chainKey(info *types.Info, x ast.Expr, model *types.Named) (key []string, why string, atomic bool) {
	key, _, why, atomic = a.chainKeyValues(info, x, model, nil)
	return key, why, atomic
}

// chainKeyValues is chainKey with the looked-up value of each column.
func (a Adapter) chainKeyValues(info *types.Info, x ast.Expr, model *types.Named, resolve orm.Resolver) (key []string, vals []ast.Expr, why string, atomic bool) {
	var conds [][]string // in reverse source order
	var condVals [][]ast.Expr
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			break
		}
		recv, name, ok := method(call)
		if !ok {
			// gorm.G[T](db, opts...)
			if GenericBase(call) == call {
				for _, opt := range call.Args[1:] {
					atomic = atomic || isOnConflict(info, opt)
				}
			}
			break
		}
		rt := info.TypeOf(recv)
		if !IsDB(rt) && !isGeneric(rt) && GenericBase(recv) == nil {
			break // reached a user function returning *gorm.DB
		}
		switch name {
		case "Where":
			cols, vs, w := whereKeyValues(info, resolveLit(call.Args, resolve), model)
			if w != "" && why == "" {
				why = w
			}
			conds = append(conds, cols)
			condVals = append(condVals, vs)
		case "Clauses":
			for _, arg := range call.Args {
				atomic = atomic || isOnConflict(info, arg)
			}
		case "Model", "Table", "WithContext", "Debug", "Session", "Limit", "Order", "Select", "Omit",
			"Preload", "Unscoped", "Attrs", "Assign", "InstanceSet", "Set":
		default:
			if why == "" {
				why = "the lookup chain calls ." + name + ", so its rows are not a simple equality match"
			}
		}
		x = recv
	}
	if why != "" {
		return nil, nil, why, atomic
	}
	for i := len(conds) - 1; i >= 0; i-- {
		key = append(key, conds[i]...)
		vals = append(vals, condVals[i]...)
	}
	return key, vals, "", atomic
}

func isOnConflict(info *types.Info, e ast.Expr) bool {
	t := info.TypeOf(e)
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == Path+"/clause" && n.Obj().Name() == "OnConflict"
}

var (
	andRE = regexp.MustCompile(`(?i)\s+and\s+`)
	eqRE  = regexp.MustCompile("^\\s*\\(?\\s*(?:[`\"]?\\w+[`\"]?\\.)?[`\"]?(\\w+)[`\"]?\\s*=\\s*\\?\\s*\\)?\\s*$")
)

// sqlKey parses "a = ? AND b = ?" into [a b]: the columns the condition
// pins by equality. Its other conjuncts (deleted_at IS NULL, key_type
// IN ?) only narrow the rows those pin, so they are left out; a
// condition with an OR outside parentheses is no conjunction at all.
func sqlKey(s string) ([]string, bool) {
	cols, _, ok := sqlKeyArgs(s)
	return cols, ok
}

// sqlKeyArgs is sqlKey with, for each column, the index of the argument
// bound to its placeholder, and the number of placeholders.
func sqlKeyArgs(s string) (cols []string, args []int, ok bool) {
	parts, ok := conjuncts(s)
	if !ok {
		return nil, nil, false
	}
	n := 0
	for _, part := range parts {
		if m := eqRE.FindStringSubmatch(part); m != nil {
			cols = append(cols, strings.ToLower(m[1]))
			args = append(args, n)
		}
		n += strings.Count(part, "?")
	}
	return cols, append(args, n), len(cols) > 0
}

// conjuncts splits s at the ANDs outside parentheses and quotes; ok is
// false when an OR stands there.
func conjuncts(s string) ([]string, bool) {
	var parts []string
	depth, start := 0, 0
	var quote byte
	low := strings.ToLower(s)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			continue
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '(':
			depth++
		case c == ')':
			depth--
		}
		if depth != 0 || !isSpace(c) {
			continue
		}
		rest := low[i+1:]
		switch {
		case strings.HasPrefix(rest, "or ") || strings.HasPrefix(rest, "or("):
			return nil, false
		case strings.HasPrefix(rest, "and ") || strings.HasPrefix(rest, "and("):
			parts = append(parts, s[start:i])
			start = i + 4
		}
	}
	return append(parts, s[start:]), true
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

var stringConst = orm.StringConst

// whereKeyValues reads the columns of one Where(...) call, with the value
// of each.
func whereKeyValues(info *types.Info, args []ast.Expr, model *types.Named) ([]string, []ast.Expr, string) {
	if len(args) == 0 {
		return nil, nil, "an empty Where"
	}
	if s, ok := stringConst(info, args[0]); ok {
		cols, at, ok := sqlKeyArgs(s)
		if !ok {
			return nil, nil, "the condition " + quote(s) + " pins no column by equality (column = ?) in a conjunction"
		}
		if at[len(at)-1] != len(args)-1 {
			return nil, nil, "the condition " + quote(s) + " does not bind one argument per placeholder"
		}
		var vals []ast.Expr
		for _, i := range at[:len(cols)] {
			vals = append(vals, args[1+i])
		}
		return cols, vals, ""
	}
	if len(args) != 1 {
		return nil, nil, "the condition is not a literal"
	}
	return literalKeyValues(info, args[0], model)
}

func quote(s string) string { return "\"" + s + "\"" }

// literalKeyValues reads a struct literal (&T{F: v}) or map literal
// condition, with the value of each column.
func literalKeyValues(info *types.Info, e ast.Expr, model *types.Named) ([]string, []ast.Expr, string) {
	cols, why := literalKeyCols(info, e, model)
	if why != "" {
		return nil, nil, why
	}
	var vals []ast.Expr
	for _, elt := range litOf(e).Elts {
		vals = append(vals, elt.(*ast.KeyValueExpr).Value)
	}
	return cols, vals, ""
}

func literalKeyCols(info *types.Info, e ast.Expr, model *types.Named) ([]string, string) {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil, "the condition is not a literal"
	}
	t := info.TypeOf(lit)
	var cols []string
	if _, ok := t.Underlying().(*types.Map); ok {
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return nil, "the map condition is not keyed by constant columns"
			}
			s, ok := stringConst(info, kv.Key)
			if !ok {
				return nil, "the map condition is not keyed by constant columns"
			}
			cols = append(cols, s)
		}
		return cols, ""
	}
	st := namedStruct(t)
	if st == nil {
		return nil, "the condition is not a literal"
	}
	byField := map[string]string{}
	for _, c := range modelColumns(st) {
		byField[c.Field] = c.Name
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, "the struct condition is not keyed"
		}
		id, ok := kv.Key.(*ast.Ident)
		if !ok || byField[id.Name] == "" {
			return nil, "the struct condition sets an unmapped field"
		}
		cols = append(cols, byField[id.Name])
	}
	return cols, ""
}

// resolveLit replaces a lone condition argument that is a variable (w or
// &w) defined once from a literal by that literal (Where(&w) after
// w := T{Name: n}).
func resolveLit(args []ast.Expr, resolve orm.Resolver) []ast.Expr {
	if resolve == nil || len(args) != 1 {
		return args
	}
	e := ast.Unparen(args[0])
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return args
	}
	if def := resolve(id); def != nil && litOf(def) != nil {
		return []ast.Expr{def}
	}
	return args
}

// inlineKeyValues reads the inline conditions of First(&u, conds...),
// with the value of each column.
func inlineKeyValues(info *types.Info, args []ast.Expr, model *types.Named) ([]string, []ast.Expr, string) {
	if s, ok := stringConst(info, args[0]); ok && strings.ContainsAny(s, "?=") {
		return whereKeyValues(info, args, model)
	}
	if len(args) == 1 {
		// An integer is a primary key, and so is a value of a named
		// string type: GORM takes only a plain string as SQL
		// (FirstOrCreate(&in, id), id a domain.InterfaceIdentifier).
		t := info.TypeOf(args[0])
		_, named := types.Unalias(t).(*types.Named)
		if b, ok := t.Underlying().(*types.Basic); ok && (b.Info()&types.IsInteger != 0 || named && b.Info()&types.IsString != 0) {
			var pk []string
			var vals []ast.Expr
			for _, c := range modelColumns(model) {
				if c.Primary {
					pk = append(pk, c.Name)
					vals = append(vals, args[0])
				}
			}
			return pk, vals, ""
		}
		return literalKeyValues(info, args[0], model)
	}
	return nil, nil, "the inline condition is not a literal"
}

// ScopeKey returns the columns a GORM scope's chain pins by equality, with
// the value of each (return g.Where("name = ?", name)), or why it does not.
func (a Adapter) ScopeKey(info *types.Info, x ast.Expr) ([]string, []ast.Expr, string) {
	key, vals, why, atomic := a.chainKeyValues(info, x, nil, nil)
	if atomic {
		return nil, nil, "the scope sets an on-conflict clause"
	}
	if why == "" && len(key) == 0 {
		why = "the scope pins no column"
	}
	return key, vals, why
}

// IsScope reports GORM's scope type, func(*gorm.DB) *gorm.DB (or a named
// type of it, 1Panel's DBOption).
func IsScope(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Params().Len() == 1 && sig.Results().Len() == 1 && !sig.Variadic() &&
		IsDB(sig.Params().At(0).Type()) && IsDB(sig.Results().At(0).Type())
}

// CondCall is a call of a lookup chain whose arguments from From on are
// conditions: the inline conditions of the finisher (First(&u, conds...))
// or a Where's.
type CondCall struct {
	Call   *ast.CallExpr
	From   int
	Inline bool
}

// CondCalls returns the calls of the lookup chain ending in call that
// take conditions.
func CondCalls(info *types.Info, call *ast.CallExpr) []CondCall {
	var out []CondCall
	if _, name, ok := method(call); ok {
		switch name {
		case "First", "Take", "Last", "Find":
			out = append(out, CondCall{Call: call, From: 1, Inline: true})
		}
	}
	x := ast.Expr(call)
	for {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return out
		}
		recv, name, ok := method(c)
		if !ok || !IsDB(info.TypeOf(recv)) && c != call {
			return out
		}
		if name == "Where" {
			out = append(out, CondCall{Call: c, From: 0})
		}
		x = recv
	}
}

// CondKey reads the key of conditions given to a lookup that hands them
// to GORM unchanged (a repository's Take(db *gorm.DB, where ...any)), as
// inline conditions or as a Where's arguments, with the value of each
// column.
func (a Adapter) CondKey(info *types.Info, args []ast.Expr, inline bool, model *types.Named, resolve orm.Resolver) ([]string, []ast.Expr, string) {
	if len(args) == 0 {
		return nil, nil, orm.NoConditions
	}
	args = resolveLit(args, resolve)
	if inline {
		return inlineKeyValues(info, args, model)
	}
	return whereKeyValues(info, args, model)
}

// neutral are the chain methods that change neither which rows a query
// matches nor its table. (Not Session: Session(&gorm.Session{NewDB:
// true}) drops the conditions the caller's query carries.)
var neutral = map[string]bool{"WithContext": true, "Debug": true, "Limit": true, "Order": true, "Select": true, "Omit": true, "Preload": true}

// NeutralChain reports whether x is v (a *gorm.DB variable) with only
// methods that leave the rows it matches alone (v.WithContext(ctx),
// v.Select(fields)), or a call wrap(v, ...) of a function wrap reports
// neutral (a helper adding Select, Omit and Order to its argument).
func NeutralChain(info *types.Info, x ast.Expr, v types.Object, wrap func(*ast.CallExpr) bool) bool {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.Ident:
			return info.Uses[e] == v
		case *ast.CallExpr:
			if recv, name, ok := method(e); ok && IsDB(info.TypeOf(recv)) {
				if !neutral[name] {
					return false
				}
				x = recv
				continue
			}
			if len(e.Args) == 0 || !IsDB(info.TypeOf(e)) || wrap == nil || !wrap(e) {
				return false
			}
			x = e.Args[0]
		default:
			return false
		}
	}
}

// NeutralBody reports whether every *gorm.DB method body calls is one
// of neutral's, and no other call is handed a *gorm.DB (a helper that
// could add conditions): a helper that only shapes the query its caller
// passes.
func NeutralBody(info *types.Info, body *ast.BlockStmt) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		call, isCall := n.(*ast.CallExpr)
		if !isCall {
			return ok
		}
		if recv, name, isM := method(call); isM && IsDB(info.TypeOf(recv)) {
			ok = neutral[name]
			return ok
		}
		for _, a := range call.Args {
			if IsDB(info.TypeOf(a)) {
				ok = false
			}
		}
		return ok
	})
	return ok
}
