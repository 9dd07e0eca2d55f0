package detect

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/gormorm"
)

// exportSkipTx exports a SkipTxFact when a file of the package sets
// SkipDefaultTransaction to anything but false.
//
// GORM's own packages (and gorm.io's drivers and plugins) set it for
// their own purposes (go vet analyzes them too, as dependencies): they
// say nothing of how the user's code opens GORM.
func exportSkipTx(pass *analysis.Pass) {
	if strings.HasPrefix(pass.Pkg.Path(), "gorm.io/") {
		return
	}
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			cl, ok := n.(*ast.CompositeLit)
			if !ok || !isGormOptions(pass.TypesInfo.TypeOf(cl)) {
				return true
			}
			for _, e := range cl.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "SkipDefaultTransaction" && !isIdentNamed(kv.Value, "false") {
					p := pass.Fset.Position(kv.Pos())
					pass.ExportPackageFact(&SkipTxFact{Where: fmt.Sprintf("%s:%d", shortPath(p.Filename), p.Line)})
				}
			}
			return true
		})
	}
}

func isIdentNamed(x ast.Expr, name string) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && id.Name == name
}

func shortPath(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		if j := strings.LastIndex(p[:i], "/"); j >= 0 {
			return p[j+1:]
		}
	}
	return p
}

// isGormOptions reports whether t is gorm.Config or gorm.Session.
func isGormOptions(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != gormorm.Path {
		return false
	}
	return n.Obj().Name() == "Config" || n.Obj().Name() == "Session"
}

// skipTx returns where the package or a package it imports sets
// SkipDefaultTransaction, or "".
func (m *matcher) skipTx() string {
	var f SkipTxFact
	if m.pass.ImportPackageFact(m.pass.Pkg, &f) {
		return f.Where
	}
	for _, pf := range m.pass.AllPackageFacts() {
		if sf, ok := pf.Fact.(*SkipTxFact); ok {
			return sf.Where
		}
	}
	return ""
}

// createHooks are GORM's hooks that run in the insert's transaction.
var createHooks = []string{"BeforeSave", "BeforeCreate", "AfterCreate", "AfterSave"}

// multiStatementCreate returns what makes a GORM create of model more
// than one statement (an association, a hook), or "".
func multiStatementCreate(model *types.Named) string {
	for _, h := range createHooks {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(model), true, model.Obj().Pkg(), h); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				return "its hook " + h
			}
		}
	}
	st, ok := model.Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if f.Embedded() || !f.Exported() || strings.Contains(st.Tag(i), "embedded") || strings.Contains(st.Tag(i), "serializer") || strings.Contains(st.Tag(i), "-:") || strings.Contains(st.Tag(i), `gorm:"-"`) {
			continue
		}
		if isAssociation(f.Type()) {
			return "its association " + f.Name()
		}
	}
	return ""
}

// isAssociation reports whether a field of type t is a GORM relation: a
// struct (or pointer or slice of one) that is not a column value.
func isAssociation(t types.Type) bool {
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		}
		break
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return false
	}
	if pkg := n.Obj().Pkg(); pkg != nil {
		switch pkg.Path() {
		case "time", "database/sql", gormorm.Path, "gorm.io/datatypes", "github.com/google/uuid":
			return false
		}
	}
	// A column type scans itself.
	for _, name := range []string{"Scan", "Value"} {
		if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(n), true, n.Obj().Pkg(), name); obj != nil {
			return false
		}
	}
	return true
}
