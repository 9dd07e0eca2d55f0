package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Query callbacks: a getter that runs a query its caller writes, on a row
// it hands over, and returns that row (gotosocial's getters, behind a
// cache):
//
//	func (r *relationshipDB) GetBlock(ctx context.Context, a, b string) (*Block, error) {
//		return r.getBlock(ctx, "AccountID,TargetAccountID", func(block *Block) error {
//			return r.db.NewSelect().Model(block).Where("account_id = ?", a).Where(...).Scan(ctx)
//		}, a, b)
//	}
//
//	func (r *relationshipDB) getBlock(ctx context.Context, lookup string, dbQuery func(*Block) error, keys ...any) (*Block, error) {
//		block, err := r.cache.LoadOne(lookup, func() (*Block, error) {
//			var block Block
//			if err := dbQuery(&block); err != nil {
//				return nil, err
//			}
//			return &block, nil
//		}, keys...)
//		...
//
// getBlock is a lookup of Block whose query is its parameter dbQuery
// (LookupFact.Query); a call of it is a lookup whose key is the one the
// function literal it is given pins.

// callbackLookup returns the one call in body of a parameter of fd of
// type func(*T) error, T a struct, given the address of a local (or a
// pointer), as a lookup of T whose key is unknown, with the parameter's
// index; nil when there is no such call, or several.
func (m *matcher) callbackLookup(fd *ast.FuncDecl, body *ast.BlockStmt) (*orm.Lookup, int) {
	info := m.pass.TypesInfo
	params := paramIndex(info, fd)
	var found *orm.Lookup
	idx, n := -1, 0
	ast.Inspect(body, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		if !ok {
			return true
		}
		i, isParam := params[info.Uses[id]]
		if !isParam || i < 0 {
			return true
		}
		model := queryFuncModel(info.TypeOf(id))
		if model == nil || !rowArg(info, call.Args[0], model) {
			return true
		}
		found = &orm.Lookup{Call: call, Kind: orm.ErrLookup, Model: model, Dest: call.Args[0]}
		idx = i
		n++
		return true
	})
	if n != 1 || !m.handedQuery(fd, idx) {
		return nil, -1
	}
	return found, idx
}

// handedQuery reports whether some call in the package of the function
// fd declares hands it, as its parameter i, a function literal that runs
// a lookup of this matcher's ORM: the adapter whose lookup it is.
func (m *matcher) handedQuery(fd *ast.FuncDecl, i int) bool {
	fn, _ := m.pass.TypesInfo.Defs[fd.Name].(*types.Func)
	found := false
	for _, f := range m.pass.Files {
		ast.Inspect(f, func(x ast.Node) bool {
			call, ok := x.(*ast.CallExpr)
			if !ok || found {
				return !found
			}
			if callee(m.pass.TypesInfo, call) == fn && fn != nil {
				mm := &matcher{pass: m.pass, a: m.a, file: f}
				found = mm.queryLit(call, i) != nil
			}
			return !found
		})
	}
	return found
}

// queryFuncModel returns T when t is func(*T) error, T a named struct.
func queryFuncModel(t types.Type) *types.Named {
	sig, ok := types.Unalias(t).(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
		return nil
	}
	if _, ptr := types.Unalias(sig.Params().At(0).Type()).(*types.Pointer); !ptr {
		return nil
	}
	return orm.StructOf(sig.Params().At(0).Type())
}

// rowArg reports an argument that is a row of model: &v of a local
// struct, or a pointer.
func rowArg(info *types.Info, x ast.Expr, model *types.Named) bool {
	if u, ok := ast.Unparen(x).(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = u.X
	}
	return sameModel(orm.StructOf(info.TypeOf(x)), model)
}

// queryLit returns the lookup the function literal given as call's
// argument i runs on its one parameter (func(b *Block) error { return
// <lookup of b> }), or nil.
func (m *matcher) queryLit(call *ast.CallExpr, i int) *orm.Lookup {
	if i < 0 || i >= len(call.Args) {
		return nil
	}
	lit, ok := ast.Unparen(call.Args[i]).(*ast.FuncLit)
	if !ok || len(lit.Body.List) != 1 || len(lit.Type.Params.List) != 1 || len(lit.Type.Params.List[0].Names) != 1 {
		return nil
	}
	ret, ok := lit.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	inner, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	l := m.ormLookup(inner)
	if l == nil || l.Kind != orm.ErrLookup || l.Updates {
		return nil
	}
	return l
}

// queryKeyErr is the reason a lookup whose query its caller passes as a
// function value upsertfix cannot read has no known key.
const queryKeyErr = "the lookup's query is a function its caller passes, which upsertfix cannot read here; pass a function literal that returns the query"

// resolveQuery gives f, the summary of the function call calls, the key
// of the query its caller hands it (LookupFact.Query), and clears Query.
func (m *matcher) resolveQuery(call *ast.CallExpr, f *LookupFact) *orm.Lookup {
	if f.Query == 0 {
		return nil
	}
	l := m.queryLit(call, f.Query-1)
	f.Query = 0
	if l == nil || qualified(l.Model) != f.Model {
		f.Key, f.KeyErr = nil, queryKeyErr
		return nil
	}
	f.Key, f.KeyErr = l.Key, l.KeyErr
	if f.NotFoundErr == "" {
		f.NotFoundErr = l.NotFoundErr
	}
	return l
}
