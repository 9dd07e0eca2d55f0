package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
)

// Repositories often take a lookup's conditions from their callers and
// hand them to GORM unchanged (bbsgo's repositories:
// Take(db *gorm.DB, where ...any) *T { db.Take(ret, where...) }, called as
// repo.Take(db, "code = ?", code) or repo.Take(db, &T{Key: key})). The
// lookup's summary says from which of its parameters on the arguments are
// the conditions (LookupFact.Conds); at a call, the key is read from the
// arguments given, as from GORM's own.

// forwardConds marks f, the summary of fd whose lookup is l, as taking its
// conditions from its callers when l's conditions are fd's parameters
// from some index to its variadic last, forwarded unchanged
// (where...; query, args...).
func (m *matcher) forwardConds(fd *ast.FuncDecl, l *orm.Lookup, f *LookupFact) {
	if l != nil && f.Pins == nil {
		f.Pins = l.Pins
	}
	if _, ok := m.a.(gormorm.Adapter); !ok || l == nil {
		return
	}
	if h := handleParam(m.pass, l.Call); h >= 0 && l.Via == "" {
		f.Handle = h + 1 // the caller's query: its conditions are added at each call
	}
	if l.Via == "" && (l.Kind == orm.ExistLookup || l.Kind == orm.ErrLookup) {
		if p, ok := paramOf(m.pass.TypesInfo, paramIndex(m.pass.TypesInfo, fd), l.Dest); ok && p >= 0 {
			f.Fills = p + 1 // FindOne(ctx, db, opts, out any) (bool, error)
		}
	}
	info := m.pass.TypesInfo
	var calls []gormorm.CondCall
	if l.Via != "" {
		var g LookupFact
		if fn := callee(info, l.Call); fn != nil && m.pass.ImportObjectFact(fn, &g) && g.Conds > 0 {
			calls = append(calls, gormorm.CondCall{Call: l.Call, From: g.Conds - 1, Inline: g.CondsInline})
		}
	} else {
		calls = gormorm.CondCalls(info, l.Call)
		if w := guardedWhere(info, fd, l.Call); w != nil {
			calls = append(calls, gormorm.CondCall{Call: w, From: 0})
		}
	}
	m.condsFrom(fd, calls, l.Model, f)
}

// guardedWhere returns the Where call a lookup's query variable is given
// under a test of the function's parameters only (nightingale's
// MessageTemplatesGet: session := DB(ctx); if where != "" && len(args) >
// 0 { session = session.Where(where, args...) }; session.Find(&lst)): at
// a call that hands it conditions the test holds, and they are the
// lookup's. Nil when the query starts elsewhere, or is given more.
func guardedWhere(info *types.Info, fd *ast.FuncDecl, call *ast.CallExpr) *ast.CallExpr {
	root, ok := gormorm.ChainRoot(info, call).(*ast.Ident)
	if !ok || fd.Body == nil {
		return nil
	}
	v, ok := info.Uses[root].(*types.Var)
	if !ok || v.Pos() < fd.Body.Pos() {
		return nil
	}
	params := paramIndex(info, fd)
	var where *ast.CallExpr
	assigned, guarded := 0, 0
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		is, ok := x.(*ast.IfStmt)
		if !ok {
			if as, ok := x.(*ast.AssignStmt); ok && as.Tok == token.ASSIGN && len(as.Lhs) == 1 && info.ObjectOf(identOf(as.Lhs[0])) == v {
				assigned++
			}
			return true
		}
		if is.Init != nil || is.Else != nil || len(is.Body.List) != 1 || !onlyParams(info, is.Cond, params) {
			return true
		}
		as, ok := is.Body.List[0].(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || info.ObjectOf(identOf(as.Lhs[0])) != v {
			return true
		}
		c, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok {
			return true
		}
		if sel, isSel := c.Fun.(*ast.SelectorExpr); isSel && sel.Sel.Name == "Where" && info.ObjectOf(identOf(sel.X)) == v {
			where = c
			guarded++
		}
		return true
	})
	if assigned != 1 || guarded != 1 {
		return nil // the guarded Where is to be its only assignment
	}
	return where
}

// onlyParams reports a condition over params alone (where != "",
// len(args) > 0): no call but len, no other variable.
func onlyParams(info *types.Info, cond ast.Expr, params map[types.Object]int) bool {
	ok := true
	ast.Inspect(cond, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.CallExpr:
			if !isBuiltin(info, x.Fun, "len") {
				ok = false
			}
		case *ast.Ident:
			switch o := info.Uses[x].(type) {
			case *types.Var:
				if _, isParam := params[o]; !isParam {
					ok = false
				}
			case *types.Builtin, *types.Const, *types.Nil:
			default:
				if o != nil {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}

// condsFrom marks f as taking its conditions from fd's callers when one
// of calls, GORM calls in fd, is given fd's parameters as its conditions.
func (m *matcher) condsFrom(fd *ast.FuncDecl, calls []gormorm.CondCall, model *types.Named, f *LookupFact) bool {
	info := m.pass.TypesInfo
	params := paramIndex(info, fd)
	for _, c := range calls {
		first, n := forwarded(info, fd, params, c.Call, c.From)
		if first < 0 {
			first, n = oneParam(info, params, c.Call, c.From, model)
		}
		if first >= 0 {
			f.Conds, f.CondsN, f.CondsInline = first+1, n, c.Inline
			f.Key, f.KeyErr, f.KeyParams, f.KeySels = nil, "", nil, nil
			return true
		}
	}
	return false
}

// oneParam returns the index of the parameter of fd that is call's one
// condition from from on, when its type is one GORM reads as conditions
// by field or column name: a struct of the model (a repository's
// FindOne(attributes User) over db.Where(&attributes).First(&u)), or a
// map keyed by column names (go-ldap-admin's Exist(filter
// map[string]interface{}) over db.Where(filter).First(&u)); and 1. -1
// and 0 otherwise.
func oneParam(info *types.Info, params map[types.Object]int, call *ast.CallExpr, from int, model *types.Named) (int, int) {
	if call.Ellipsis.IsValid() || len(call.Args) != from+1 {
		return -1, 0
	}
	arg := call.Args[from]
	p, ok := paramOf(info, params, arg)
	if !ok || p < 0 {
		return -1, 0
	}
	t := info.TypeOf(arg)
	if model != nil && sameModel(orm.StructOf(t), model) {
		return p, 1
	}
	if mt, ok := t.Underlying().(*types.Map); ok {
		if b, ok := mt.Key().Underlying().(*types.Basic); ok && b.Kind() == types.String {
			return p, 1
		}
	}
	return -1, 0
}

// forwarded returns the index of fd's parameter that call's argument from
// is, when call's arguments from there on are fd's parameters in order up
// to its variadic last, passed on with ..., and 0 (all the arguments from
// there); -1 otherwise.
func forwarded(info *types.Info, fd *ast.FuncDecl, params map[types.Object]int, call *ast.CallExpr, from int) (int, int) {
	if !call.Ellipsis.IsValid() || from >= len(call.Args) {
		return -1, 0
	}
	first := -1
	for i, arg := range call.Args[from:] {
		id, ok := ast.Unparen(arg).(*ast.Ident)
		if !ok {
			return -1, 0
		}
		p, ok := params[info.ObjectOf(id)]
		if !ok || p < 0 || i > 0 && p != first+i {
			return -1, 0
		}
		if i == 0 {
			first = p
		}
	}
	if !isVariadic(fd, first+len(call.Args)-from-1) {
		return -1, 0
	}
	return first, 0
}

// condKey reads the key of a call of a lookup that takes its conditions
// from its callers, from the arguments given.
func (m *matcher) condKey(call *ast.CallExpr, l *orm.Lookup, f *LookupFact) {
	l.Key, l.Values, l.KeyErr = nil, nil, ""
	if call.Ellipsis.IsValid() {
		l.KeyErr = "the lookup's conditions are passed as a slice (where...), which upsertfix cannot read"
		return
	}
	ga := m.a.(gormorm.Adapter)
	args := call.Args[min(f.Conds-1, len(call.Args)):]
	if f.CondsN > 0 && len(args) > f.CondsN {
		args = args[:f.CondsN]
	}
	l.Key, l.Values, l.KeyErr = ga.CondKey(m.pass.TypesInfo, args, f.CondsInline, l.Model, m.resolve)
	if l.KeyErr == "" && len(l.Key) == 0 {
		l.KeyErr = orm.NoConditions
	}
}
