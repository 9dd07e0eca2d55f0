package verify

import (
	"errors"
	"go/importer"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	fmtPkg, err := importer.ForCompiler(token.NewFileSet(), "source", nil).Import("fmt")
	if err != nil {
		t.Skip("no source importer:", err)
	}
	imports := map[string]*types.Package{"fmt": fmtPkg}
	sizes := types.SizesFor("gc", "amd64")
	ok := map[string][]byte{
		"a.go": []byte("package p\n\nimport \"fmt\"\n\nfunc A() string { return fmt.Sprint(B()) }\n"),
		"b.go": []byte("package p\n\nfunc B() int { return 1 }\n"),
	}
	if err := Check("example.com/p", ok, imports, sizes); err != nil {
		t.Errorf("a package that type-checks: %v", err)
	}
	bad := map[string][]byte{"a.go": ok["a.go"], "b.go": []byte("package p\n\nfunc B() int { return \"one\" }\n")}
	err = Check("example.com/p", bad, imports, sizes)
	if err == nil || !strings.Contains(err.Error(), "b.go:3") {
		t.Errorf("a type error: got %v", err)
	}
	missing := map[string][]byte{"a.go": []byte("package p\n\nimport \"example.com/nope\"\n\nvar _ = nope.X\n")}
	var me *ErrMissingImport
	if err := Check("example.com/p", missing, imports, sizes); !errors.As(err, &me) || me.Path != "example.com/nope" {
		t.Errorf("a missing import: got %v", err)
	}
	if got := Imports(fmtPkg); got["io"] == nil || got["errors"] == nil {
		t.Errorf("Imports(fmt) lacks its transitive imports: %d packages", len(got))
	}
}

// TestIncompleteImport: a package known only through export data may lack
// what a fix uses; the check then says it cannot conclude, instead of
// reporting a false type error. The sqlgraph shim stands in for ent's.
func TestIncompleteImport(t *testing.T) {
	partial := types.NewPackage("example.com/y", "y") // not MarkComplete
	imports := map[string]*types.Package{"example.com/y": partial}
	files := map[string][]byte{"a.go": []byte("package p\n\nimport \"example.com/y\"\n\nvar _ = y.F\n")}
	var me *ErrMissingImport
	if err := Check("example.com/p", files, imports, nil); !errors.As(err, &me) {
		t.Errorf("an incomplete import: got %v, want ErrMissingImport", err)
	}
	ent := map[string][]byte{"a.go": []byte("package p\n\nimport \"entgo.io/ent/dialect/sql/sqlgraph\"\n\nfunc F(err error) bool { return sqlgraph.IsUniqueConstraintError(err) }\n")}
	if err := Check("example.com/p", ent, Imports(), nil); err != nil {
		t.Errorf("the sqlgraph shim: %v", err)
	}
	bad := map[string][]byte{"a.go": []byte("package p\n\nimport \"entgo.io/ent/dialect/sql/sqlgraph\"\n\nfunc F(err error) int { return sqlgraph.IsUniqueConstraintError(err) }\n")}
	if err := Check("example.com/p", bad, Imports(), nil); err == nil {
		t.Error("the sqlgraph shim accepts a wrong use")
	}
}

// TestClauseCompleted: GORM's clause package, seen partially through
// gorm's export data (Expression, Builder), gets the Locking the fix's
// locking read uses; a wrong use still fails.
func TestClauseCompleted(t *testing.T) {
	clause := types.NewPackage(clausePath, "clause")
	builder := types.NewTypeName(token.NoPos, clause, "Builder", nil)
	types.NewNamed(builder, types.NewInterfaceType(nil, nil).Complete(), nil)
	clause.Scope().Insert(builder)
	expr := types.NewTypeName(token.NoPos, clause, "Expression", nil)
	build := types.NewFunc(token.NoPos, clause, "Build", types.NewSignatureType(nil, nil, nil, types.NewTuple(types.NewVar(token.NoPos, clause, "builder", builder.Type())), nil, false))
	types.NewNamed(expr, types.NewInterfaceType([]*types.Func{build}, nil).Complete(), nil)
	clause.Scope().Insert(expr)
	// not MarkComplete: as gorm's export data gives it
	holder := types.NewPackage("gorm.io/gorm", "gorm")
	holder.SetImports([]*types.Package{clause})
	imports := Imports(holder)
	ok := map[string][]byte{"a.go": []byte("package p\n\nimport \"gorm.io/gorm/clause\"\n\nvar relock = []clause.Expression{clause.Locking{Strength: clause.LockingStrengthUpdate}}\n")}
	if err := Check("example.com/p", ok, imports, nil); err != nil {
		t.Errorf("the completed clause: %v", err)
	}
	bad := map[string][]byte{"a.go": []byte("package p\n\nimport \"gorm.io/gorm/clause\"\n\nvar relock = []clause.Expression{clause.Locking{Strength: 1}}\n")}
	if err := Check("example.com/p", bad, Imports(holder), nil); err == nil {
		t.Error("the completed clause accepts a wrong use")
	}
}
