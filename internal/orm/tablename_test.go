package orm_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"github.com/upsertfix/upsertfix/internal/orm"
)

func TestDeclaredTable(t *testing.T) {
	src := `package m

type A struct{}

func (A) TableName() string { return "app_" + "a" }

type B struct{}

var prefix = "x_"

func (*B) TableName() string { return prefix + "b" }

type C struct{}

type D struct{}

func (d *D) TableName() string { return "dees" }
`
	file := filepath.Join(t.TempDir(), "m.go")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("m", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"A": "app_a", "B": "", "C": "", "D": "dees"} {
		model := pkg.Scope().Lookup(name).Type().(*types.Named)
		got, ok := orm.DeclaredTable(fset, model)
		if got != want || ok != (want != "") {
			t.Errorf("DeclaredTable(%s) = %q, %v; want %q", name, got, ok, want)
		}
	}
	if _, ok := orm.DeclaredTable(nil, pkg.Scope().Lookup("A").Type().(*types.Named)); ok {
		t.Errorf("DeclaredTable without a FileSet found a table")
	}
}
