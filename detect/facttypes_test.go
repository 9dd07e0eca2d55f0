package detect

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"reflect"
	"strings"
	"testing"
)

// TestFactTypesRegistered checks that every fact type of the package (a
// type with an AFact method) is in Analyzer.FactTypes: under go vet, an
// unregistered fact fails to encode and the vet tool panics.
func TestFactTypesRegistered(t *testing.T) {
	pkgs, err := parser.ParseDir(token.NewFileSet(), ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	registered := map[string]bool{}
	for _, f := range Analyzer.FactTypes {
		registered[reflect.TypeOf(f).Elem().Name()] = true
	}
	n := 0
	for _, p := range pkgs {
		for _, f := range p.Files {
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Name.Name != "AFact" || fd.Recv == nil {
					continue
				}
				n++
				typ := fd.Recv.List[0].Type
				if st, ok := typ.(*ast.StarExpr); ok {
					typ = st.X
				}
				name := typ.(*ast.Ident).Name
				if !registered[name] {
					t.Errorf("%s has an AFact method but is not in Analyzer.FactTypes", name)
				}
			}
		}
	}
	if n < 10 {
		t.Fatalf("found only %d fact types", n)
	}
}

// TestIsPkgVarTypedNil: callers hand isPkgVar the result of a failed type
// assertion (v, _ := obj.(*types.Var)); a typed nil is no variable. The
// review of 10bb806 made rowsSentinel do so, and go vet, which analyzes
// the ORM's own packages too, panicked on bun.
func TestIsPkgVarTypedNil(t *testing.T) {
	var v *types.Var
	if isPkgVar(v) {
		t.Fatal("isPkgVar((*types.Var)(nil)) = true, want false")
	}
	pkg := types.NewPackage("p", "p")
	g := types.NewVar(0, pkg, "g", types.Typ[types.Int])
	pkg.Scope().Insert(g)
	if !isPkgVar(g) {
		t.Fatal("isPkgVar(package variable) = false, want true")
	}
}
