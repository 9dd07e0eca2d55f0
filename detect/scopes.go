package detect

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
)

// GORM code often passes a lookup's conditions as scopes, functions of
// type func(*gorm.DB) *gorm.DB made by small constructors and applied by
// a repository that takes them as options (1Panel: groupRepo.Get(
// commonRepo.WithByName(name)), where Get ranges over its opts and calls
// db = opt(db) before First). The constructor's summary says which
// columns its scope pins and from which of its parameters; the
// repository's lookup summary says its key is its options'
// (LookupFact.Scoped); at a call, the key is read from the options given.

// summarizeScopes exports a ScopeFact for each function of the package
// whose body is return func(g *gorm.DB) *gorm.DB { return <chain on g> }.
func summarizeScopes(pass *analysis.Pass, a orm.Adapter) {
	ga, ok := a.(gormorm.Adapter)
	if !ok {
		return
	}
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, false) {
		res := fn.Type().(*types.Signature).Results()
		if res.Len() != 1 || !gormorm.IsScope(res.At(0).Type()) || len(fd.Body.List) != 1 {
			continue
		}
		ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(ret.Results) != 1 {
			continue
		}
		lit, ok := ast.Unparen(ret.Results[0]).(*ast.FuncLit)
		if !ok || len(lit.Body.List) != 1 {
			continue
		}
		inner, ok := lit.Body.List[0].(*ast.ReturnStmt)
		if !ok || len(inner.Results) != 1 {
			continue
		}
		key, vals, why := ga.ScopeKey(info, inner.Results[0])
		if why != "" {
			continue
		}
		params := paramIndex(info, fd)
		kp := make([]int, len(key))
		for i, v := range vals {
			kp[i] = -1
			if p, ok := paramOf(info, params, v); ok && p >= 0 {
				kp[i] = p
			}
		}
		pass.ExportObjectFact(fn, &ScopeFact{ORM: a.Name(), Key: key, KeyParams: kp})
	}
}

// scopedLookup reports whether fd applies the scopes of its variadic
// parameter (for _, opt := range opts { db = opt(db) }) before its lookup,
// itself or through a function of the package it passes them on to
// (1Panel's getDb(opts...)).
func scopedLookup(info *types.Info, fd *ast.FuncDecl, decls map[*types.Func]*ast.FuncDecl) bool {
	return appliesScopes(info, fd, decls, map[*ast.FuncDecl]bool{})
}

func appliesScopes(info *types.Info, fd *ast.FuncDecl, decls map[*types.Func]*ast.FuncDecl, seen map[*ast.FuncDecl]bool) bool {
	if seen[fd] {
		return false
	}
	seen[fd] = true
	fn, ok := info.Defs[fd.Name].(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if !sig.Variadic() {
		return false
	}
	last := sig.Params().At(sig.Params().Len() - 1)
	if !gormorm.IsScope(last.Type().(*types.Slice).Elem()) {
		return false
	}
	applied := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if info.Uses[identOf(n.X)] != last || n.Value == nil {
				return true
			}
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if c, ok := m.(*ast.CallExpr); ok && len(c.Args) == 1 {
					if id := identOf(c.Fun); id != nil && info.ObjectOf(id) == info.ObjectOf(identOf(n.Value)) {
						applied = true
					}
				}
				return !applied
			})
		case *ast.CallExpr:
			// opts... handed on to a function of the package that
			// applies them
			if n.Ellipsis.IsValid() && len(n.Args) > 0 && info.Uses[identOf(n.Args[len(n.Args)-1])] == last {
				if g := callee(info, n); g != nil && decls[g] != nil && appliesScopes(info, decls[g], decls, seen) {
					applied = true
				}
			}
		}
		return !applied
	})
	return applied
}

// scopeKey reads the key of a scoped lookup's call from the scopes it is
// given: each a call of a function with a ScopeFact.
func (m *matcher) scopeKey(call *ast.CallExpr, l *orm.Lookup, first int) {
	info := m.pass.TypesInfo
	l.Key, l.Values, l.KeyErr = nil, nil, ""
	if call.Ellipsis.IsValid() {
		l.KeyErr = "the lookup's conditions are options passed as a slice (opts...), which upsertfix cannot read"
		return
	}
	for _, arg := range call.Args[min(first, len(call.Args)):] {
		var sf ScopeFact
		oc, ok := ast.Unparen(arg).(*ast.CallExpr)
		if ok {
			g := callee(info, oc)
			ok = g != nil && m.pass.ImportObjectFact(g, &sf) && len(sf.KeyParams) == len(sf.Key)
		}
		if !ok {
			l.Key, l.Values = nil, nil
			l.KeyErr = "the lookup's condition " + types.ExprString(arg) + " is a scope upsertfix cannot read; make it a constructor returning func(db *gorm.DB) *gorm.DB { return db.Where(\"col = ?\", v) }"
			return
		}
		for i, col := range sf.Key {
			l.Key = append(l.Key, col)
			var v ast.Expr
			if p := sf.KeyParams[i]; p >= 0 && p < len(oc.Args) {
				v = oc.Args[p]
			}
			l.Values = append(l.Values, v)
		}
	}
	if len(l.Key) == 0 {
		l.KeyErr = orm.NoConditions
	}
}
