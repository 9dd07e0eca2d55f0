package detect

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
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

// notFoundHeld returns the not-found error e holds, by qualified name:
// GORM's, a driver's, or one an alias holds; "" for anything else.
func notFoundHeld(pass *analysis.Pass, a orm.Adapter, e ast.Expr) string {
	info := pass.TypesInfo
	if a.Name() == "gorm" && gormorm.IsNotFoundErr(info, e) {
		return gormorm.Path + ".ErrRecordNotFound"
	}
	obj := orm.NameOf(info, e)
	if obj == nil || obj.Pkg() == nil {
		return ""
	}
	if sqlorm.IsNoRows(info, e) {
		return obj.Pkg().Path() + "." + obj.Name()
	}
	var f NotFoundAliasFact
	if pass.ImportObjectFact(obj, &f) {
		return f.Err
	}
	return ""
}

// summarizeAliases exports a NotFoundAliasFact for each package-level
// variable that holds a not-found error (var ErrNotFound =
// gorm.ErrRecordNotFound, var ErrNoEntries = sql.ErrNoRows).
func summarizeAliases(pass *analysis.Pass, a orm.Adapter) {
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			continue
		}
		for _, d := range f.Decls {
			d, ok := d.(*ast.GenDecl)
			if !ok || d.Tok != token.VAR {
				continue
			}
			for _, spec := range d.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i >= len(vs.Values) {
						continue
					}
					v, ok := pass.TypesInfo.Defs[name].(*types.Var)
					var have NotFoundAliasFact
					if !ok || pass.ImportObjectFact(v, &have) {
						continue
					}
					if held := notFoundHeld(pass, a, vs.Values[i]); held != "" {
						pass.ExportObjectFact(v, &NotFoundAliasFact{ORM: a.Name(), Err: held})
					}
				}
			}
		}
	}
}

// summarizeGenericLayer exports the facts of a generic data layer.
func summarizeGenericLayer(pass *analysis.Pass, a orm.Adapter, ef *effects) {
	if _, ok := a.(orm.ModelArger); !ok {
		return
	}
	info := pass.TypesInfo
	for _, f := range pass.Files {
		if ast.IsGenerated(f) {
			continue
		}
		for _, d := range f.Decls {
			d, ok := d.(*ast.FuncDecl)
			if !ok {
				continue
			}
			fn, ok := info.Defs[d.Name].(*types.Func)
			if !ok || d.Body == nil || !returnsError(fn) {
				continue
			}
			var have LookupFact
			var cf CreateFact
			if pass.ImportObjectFact(fn, &have) || pass.ImportObjectFact(fn, &cf) {
				continue
			}
			if call := genericLookup(info, d, fn); call != nil && errorFlows(pass, d.Body, call) {
				pass.ExportObjectFact(fn, &LookupFact{ORM: a.Name(), Generic: true,
					KeyErr: "the lookup's model and conditions are chosen by its caller (a type argument, query options), so its key is unknown"})
			} else if f := anyCreateFact(pass, a, ef, d, fn); f != nil {
				pass.ExportObjectFact(fn, f)
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
	want := w.b.Lookup.NotFoundErr
	if want == "" && w.m.a.Name() == "gorm" {
		want = gormorm.Path + ".ErrRecordNotFound"
	}
	return w.errIsNotFound(e, func(obj types.Object) bool {
		var fact NotFoundAliasFact
		if !w.m.pass.ImportObjectFact(obj, &fact) || !(fact.ORM == w.m.a.Name() || fact.Err != "" && fact.Err == want) {
			return false
		}
		w.b.NotFoundVia = obj // the fix tests for it by this name
		return true
	})
}
