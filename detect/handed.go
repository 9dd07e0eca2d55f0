package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
)

// GORM code written once for every model takes the caller's query and
// runs it (gin-admin's pkg/util):
//
//	func Exists(ctx context.Context, db *gorm.DB) (bool, error) {
//		var count int64
//		result := db.WithContext(ctx).Count(&count)
//		...
//		return count > 0, nil
//	}
//
// and the caller builds that query, its model often set by a helper of
// its own:
//
//	func GetUserDB(ctx context.Context, db *gorm.DB) *gorm.DB {
//		return util.GetDB(ctx, db).Model(new(schema.User))
//	}
//	ok, err := util.Exists(ctx, GetUserDB(ctx, a.DB).Where("username=?", u))
//
// The helper is summarized as a lookup of a query handed in
// (LookupFact.Handle; its model handedModel when its own chain names
// none), the helper that sets a model as a QueryModelFact, and at each
// call the model and the key are read from the query given.

// handedModel stands for the model of a lookup on a query its caller
// hands in, in the helper's summary; calls read the real one.
var handedModel = types.NewNamed(types.NewTypeName(token.NoPos, types.NewPackage("upsertfix/handed", "handed"), "Query", nil), types.NewStruct(nil, nil), nil)

// QueryModelFact marks a function returning a *gorm.DB whose chain sets
// the model (return db.Model(new(User))): Model, path.Name.
type QueryModelFact struct{ Model string }

func (*QueryModelFact) AFact()           {}
func (f *QueryModelFact) String() string { return "query of " + f.Model }

// summarizeQueryModels exports a QueryModelFact for each function of
// the package whose results are one *gorm.DB, every return a chain that
// names the same model.
func summarizeQueryModels(pass *analysis.Pass, a orm.Adapter) {
	if _, ok := a.(gormorm.Adapter); !ok {
		return
	}
	info := pass.TypesInfo
	for fd, fn := range funcs(pass, false) {
		res := fn.Type().(*types.Signature).Results()
		if res.Len() != 1 || !gormorm.IsDB(res.At(0).Type()) {
			continue
		}
		var model *types.Named
		ok := everyReturn(fd.Body, func(r *ast.ReturnStmt) bool {
			if len(r.Results) != 1 {
				return false // a bare return of a named result
			}
			m := gormorm.ChainModel(info, r.Results[0])
			same := m != nil && (model == nil || sameModel(m, model))
			model = m
			return same
		})
		if ok && model != nil {
			pass.ExportObjectFact(fn, &QueryModelFact{Model: qualified(model)})
		}
	}
}

// handedLookup reads, when summarizing, a GORM lookup whose chain starts
// at a *gorm.DB parameter and names no model: a lookup of the query the
// caller hands in.
func (m *matcher) handedLookup(call *ast.CallExpr) *orm.Lookup {
	ga, ok := m.a.(gormorm.Adapter)
	if !ok || !m.handed {
		return nil
	}
	// the lookup first (cheap, and nil for most calls), then whether
	// its chain starts at a parameter (which finds the function around)
	l := ga.HandedLookup(m.pass.TypesInfo, call, m.resolve, handedModel)
	if l == nil || handleParam(m.pass, call) < 0 {
		return nil
	}
	return l
}

// handleParam returns the index of the *gorm.DB parameter of the
// function around call that call's query chain starts at, or -1.
func handleParam(pass *analysis.Pass, call *ast.CallExpr) int {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return -1
	}
	return rootParam(pass, sel.X, enclosingDecl(pass, call.Pos()))
}

// rootParam returns the index of the *gorm.DB parameter of fd that the
// query chain x starts at, or -1.
func rootParam(pass *analysis.Pass, x ast.Expr, fd *ast.FuncDecl) int {
	info := pass.TypesInfo
	id, ok := gormorm.ChainRoot(info, x).(*ast.Ident)
	if !ok || fd == nil || !gormorm.IsDB(info.TypeOf(id)) {
		return -1
	}
	if i, ok := paramIndex(info, fd)[info.Uses[id]]; ok && i >= 0 {
		return i
	}
	return -1
}

// forwardHanded turns f, the summary of a lookup helper handed a query
// that call calls, into that of call's function: the model and the key
// of the query call hands in, read there, and the parameter that query
// starts at when it is one of the function's own (a helper handing its
// caller's query on). It reports false when neither is known.
func (m *matcher) forwardHanded(call *ast.CallExpr, f *LookupFact) bool {
	if f.Handle > len(call.Args) {
		return false
	}
	info := m.pass.TypesInfo
	fd := enclosingDecl(m.pass, call.Pos())
	h := rootParam(m.pass, call.Args[f.Handle-1], fd)
	l := m.viaLookup(call)
	if l == nil && h < 0 {
		return false
	}
	if l != nil {
		f.Model, f.Key, f.KeyErr = qualified(l.Model), l.Key, l.KeyErr
	}
	handed := call.Args[f.Handle-1]
	f.KeyParams, f.KeySels, f.Handle = nil, nil, h+1
	if q, ok := ast.Unparen(handed).(*ast.CallExpr); ok && l != nil && h < 0 && fd != nil {
		// a query of its own model with its caller's conditions
		// (Exists(DB(ctx).Model(&BusiGroup{}).Where(where, args...)))
		m.condsFrom(fd, gormorm.CondCalls(info, q), l.Model, f)
	}
	fills := 0
	if f.Fills > 0 && f.Fills <= len(call.Args) && fd != nil {
		if p, ok := paramOf(info, paramIndex(info, fd), call.Args[f.Fills-1]); ok && p >= 0 {
			fills = p + 1
		}
	}
	f.Fills = fills
	return true
}

// queryHanded reads, at a call of a lookup helper handed a query
// (LookupFact.Handle), the query's model (its chain's Model, or that of
// the helper its chain starts at; nil when neither names one) and the
// key its conditions pin, which the call adds to the helper's own
// (addHanded); nil for any other call.
func (m *matcher) queryHanded(call *ast.CallExpr, f *LookupFact) *orm.Lookup {
	if f.Handle == 0 || f.Handle > len(call.Args) {
		return nil
	}
	info := m.pass.TypesInfo
	q := call.Args[f.Handle-1]
	model := gormorm.ChainModel(info, q)
	if model == nil && f.Model != qualified(handedModel) {
		model = findModel(m.pass.Pkg, f.Model, map[*types.Package]bool{}) // FindOne(db, out *User)
	}
	if model == nil {
		if root, ok := gormorm.ChainRoot(info, q).(*ast.CallExpr); ok {
			var qf QueryModelFact
			if fn := callee(info, root); fn != nil && m.pass.ImportObjectFact(fn, &qf) {
				model = findModel(m.pass.Pkg, qf.Model, map[*types.Package]bool{})
			}
		}
	}
	h := &orm.Lookup{Model: model}
	if model != nil {
		h.Key, h.Values, h.KeyErr = m.a.(gormorm.Adapter).ChainKeyValues(info, q, model, m.resolve)
	}
	return h
}
