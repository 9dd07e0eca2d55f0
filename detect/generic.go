package detect

import (
	"go/ast"
	"go/types"

	"github.com/upsertfix/upsertfix/internal/gormorm"
)

// genericSites reports GORM get-or-create helpers written once for every
// model (func GetOrCreate[T any](db *gorm.DB, ...) error): a lookup into a
// type parameter, then a create of one. The model is a type parameter, so
// no unique key can be checked and no fix is offered; the finding tells
// the user the race lives in the helper.
func (m *matcher) genericSites() {
	if m.a.Name() != "gorm" {
		return
	}
	info := m.pass.TypesInfo
	for _, d := range m.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil || fd.Type.TypeParams == nil {
			continue
		}
		var lookup, create *ast.CallExpr
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || !gormorm.IsDB(info.TypeOf(sel.X)) || !typeParamArg(info.TypeOf(call.Args[0])) {
				return true
			}
			switch sel.Sel.Name {
			case "First", "Take", "Last", "Find":
				if lookup == nil {
					lookup = call
				}
			case "Create", "FirstOrCreate":
				if create == nil && (lookup != nil || sel.Sel.Name == "FirstOrCreate") {
					create = call
					if lookup == nil {
						lookup = call
					}
				}
			}
			return true
		})
		if lookup == nil || create == nil || m.retried(create) {
			continue
		}
		finding := &Finding{Pos: lookup.Pos(), End: lookup.End(), ORM: "gorm", Model: "a type parameter", Kind: KindFindThenCreate,
			Reason: "a generic get-or-create helper (" + fd.Name.Name + "): its model is a type parameter, so upsertfix cannot check a unique key or rewrite it; make the helper's create fail cleanly on a unique violation (inside db.Transaction) and go back to the lookup when it fails, or give each model its own atomic get-or-create"}
		m.found = append(m.found, finding)
	}
}

// typeParamArg reports a type parameter, or a pointer to or slice of one.
func typeParamArg(t types.Type) bool {
	for {
		switch x := t.(type) {
		case *types.TypeParam:
			return true
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		default:
			return false
		}
	}
}
