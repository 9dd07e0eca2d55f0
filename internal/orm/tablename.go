package orm

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"sync"
)

// DeclaredTable returns the table a model names with a TableName method
// whose body returns a string literal (func (APIKey) TableName() string {
// return "api_key" }), read from the method's source file, and true; ""
// and false when the model has no such method or it returns anything
// else (a configured prefix, a field). GORM, xorm and others call the
// method for the table name, so the project's SQL declares that table's
// keys.
func DeclaredTable(fset *token.FileSet, model *types.Named) (string, bool) {
	if fset == nil {
		return "", false
	}
	for _, t := range []types.Type{model, types.NewPointer(model)} {
		obj, _, _ := types.LookupFieldOrMethod(t, true, model.Obj().Pkg(), "TableName")
		fn, ok := obj.(*types.Func)
		if !ok || !fn.Pos().IsValid() {
			continue
		}
		f := parsedFile(fset.Position(fn.Pos()).Filename)
		if f == nil {
			return "", false
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || fd.Name.Name != "TableName" || fd.Body == nil || len(fd.Body.List) != 1 {
				continue
			}
			if recvName(fd) != types.TypeString(fn.Type().(*types.Signature).Recv().Type(), func(*types.Package) string { return "" }) {
				continue // another type's
			}
			r, ok := fd.Body.List[0].(*ast.ReturnStmt)
			if !ok || len(r.Results) != 1 {
				return "", false
			}
			return stringLit(r.Results[0])
		}
		return "", false
	}
	return "", false
}

// recvName is the receiver type of a method as written, its package
// dropped: "APIKey", "*APIKey".
func recvName(fd *ast.FuncDecl) string {
	t := fd.Recv.List[0].Type
	star := ""
	if s, ok := t.(*ast.StarExpr); ok {
		t, star = s.X, "*"
	}
	if id, ok := t.(*ast.Ident); ok {
		return star + id.Name
	}
	return ""
}

// stringLit returns the value of a string literal, or of literals joined
// with +.
func stringLit(e ast.Expr) (string, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := stringLit(e.X)
		y, ok2 := stringLit(e.Y)
		if !ok || !ok2 {
			return "", false
		}
		return x + y, true
	}
	return "", false
}

var parsedFiles sync.Map // file name -> *ast.File (nil: unreadable)

// parsedFile parses (once) a Go file's declarations, without comments.
func parsedFile(name string) *ast.File {
	if f, ok := parsedFiles.Load(name); ok {
		return f.(*ast.File)
	}
	f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.SkipObjectResolution)
	if err != nil {
		f = nil
	}
	parsedFiles.Store(name, f)
	return f
}
