package detect

import (
	"go/ast"
	"go/types"
	"iter"

	"golang.org/x/tools/go/analysis"
)

// funcs yields the package's function declarations that have a body,
// with their objects. Generated files are left out unless withGenerated:
// a generated client is the ORM's API, not a repository.
func funcs(pass *analysis.Pass, withGenerated bool) iter.Seq2[*ast.FuncDecl, *types.Func] {
	return func(yield func(*ast.FuncDecl, *types.Func) bool) {
		for _, f := range pass.Files {
			if !withGenerated && ast.IsGenerated(f) {
				continue
			}
			for _, d := range f.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok || fd.Body == nil {
					continue
				}
				fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
				if !ok {
					continue
				}
				if !yield(fd, fn) {
					return
				}
			}
		}
	}
}

// fileOf returns the file of pass that holds n.
func fileOf(pass *analysis.Pass, n ast.Node) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			return f
		}
	}
	return nil
}
