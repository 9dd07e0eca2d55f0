package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
)

// A generic data layer over GORM, as services write one once for every
// model (dify-plugin-daemon's internal/db):
//
//	var ErrDatabaseNotFound = gorm.ErrRecordNotFound
//
//	func GetOne[T any](query ...GenericQuery) (T, error) {
//		var data T
//		err := apply(DB, query).First(&data).Error
//		return data, err
//	}
//
//	func Create(data any, ctx ...*gorm.DB) error { return DB.Create(data).Error }
//
// Its callers name the model at the call (GetOne[TenantStorage], Create(&s))
// and test the error against the alias. The three become facts: an alias
// of the not-found error, a lookup whose model is its type argument, and
// a create whose model is its argument's type.

// NotFoundAliasFact marks a package-level variable that holds the ORM's
// not-found error itself (var ErrNotFound = gorm.ErrRecordNotFound).
type NotFoundAliasFact struct{ ORM string }

// AFact implements analysis.Fact.
func (*NotFoundAliasFact) AFact() {}

func (f *NotFoundAliasFact) String() string { return f.ORM + " not-found error" }

// summarizeGenericLayer exports the facts of a generic data layer.
func summarizeGenericLayer(pass *analysis.Pass, a orm.Adapter, ef *effects) {
	if _, ok := a.(orm.ModelArger); !ok {
		return
	}
	info := pass.TypesInfo
	isNotFound := func(e ast.Expr) bool {
		if gormorm.IsNotFoundErr(info, e) {
			return true
		}
		var id *ast.Ident // an alias of an alias
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			id = e
		case *ast.SelectorExpr:
			id = e.Sel
		default:
			return false
		}
		var f NotFoundAliasFact
		obj := info.Uses[id]
		return obj != nil && pass.ImportObjectFact(obj, &f)
	}
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			continue
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				if d.Tok != token.VAR {
					continue
				}
				for _, spec := range d.Specs {
					vs := spec.(*ast.ValueSpec)
					for i, name := range vs.Names {
						if i < len(vs.Values) && isNotFound(vs.Values[i]) {
							if v, ok := info.Defs[name].(*types.Var); ok {
								pass.ExportObjectFact(v, &NotFoundAliasFact{ORM: a.Name()})
							}
						}
					}
				}
			case *ast.FuncDecl:
				fn, ok := info.Defs[d.Name].(*types.Func)
				if !ok || d.Body == nil || !returnsError(fn) {
					continue
				}
				var have LookupFact
				var cf CreateFact
				if pass.ImportObjectFact(fn, &have) || pass.ImportObjectFact(fn, &cf) {
					continue
				}
				if call := genericLookup(info, d, fn); call != nil && errorFlows(info, d.Body, call) {
					pass.ExportObjectFact(fn, &LookupFact{ORM: a.Name(), Generic: true,
						KeyErr: "the lookup's model and conditions are chosen by its caller (a type argument, query options), so its key is unknown"})
				} else if f := anyCreateFact(pass, a, ef, d, fn); f != nil {
					pass.ExportObjectFact(fn, f)
				}
			}
		}
	}
}

// genericLookup returns the First, Take or Last call of a generic function
// (T) whose destination is a variable of type T that it returns first.
func genericLookup(info *types.Info, fd *ast.FuncDecl, fn *types.Func) *ast.CallExpr {
	sig := fn.Type().(*types.Signature)
	if sig.TypeParams().Len() == 0 || sig.Results().Len() != 2 {
		return nil
	}
	tp, ok := types.Unalias(sig.Results().At(0).Type()).(*types.TypeParam)
	if !ok {
		return nil
	}
	var found *ast.CallExpr
	n := 0
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || !gormorm.IsDB(info.TypeOf(sel.X)) {
			return true
		}
		switch sel.Sel.Name {
		case "First", "Take", "Last":
			if len(call.Args) >= 1 {
				if u, ok := ast.Unparen(call.Args[0]).(*ast.UnaryExpr); ok && u.Op == token.AND && types.Identical(info.TypeOf(u.X), tp) {
					found = call
					n++
				}
			}
		case "Find", "Create", "Save", "FirstOrCreate":
			n += 2 // not a plain lookup
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return found
}

// aliasTest answers a test of the lookup's error against an alias of the
// ORM's not-found error: errors.Is(err, db.ErrNotFound), err == db.ErrNotFound.
func (w *walker) aliasTest(e ast.Expr) (t, f orm.Outcome, ok bool) {
	if w.b.Lookup.Kind != orm.ErrLookup {
		return 0, 0, false
	}
	return w.errIsNotFound(e, func(obj types.Object) bool {
		var fact NotFoundAliasFact
		return w.m.pass.ImportObjectFact(obj, &fact) && fact.ORM == w.m.a.Name()
	})
}
