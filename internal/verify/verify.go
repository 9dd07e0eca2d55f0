// Package verify type-checks a rewritten package in process: the package's
// files, some of them with new contents, are parsed and checked with
// go/types against the type information of its imports that is already
// loaded (from export data or source), without running the go command
// again.
package verify

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
)

// Imports collects, by path, every package pkg imports directly or
// transitively, as its type information knows them.
func Imports(pkgs ...*types.Package) map[string]*types.Package {
	m := map[string]*types.Package{}
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		for _, q := range p.Imports() {
			if m[q.Path()] == nil {
				m[q.Path()] = q
				walk(q)
			}
		}
	}
	for _, p := range pkgs {
		walk(p)
	}
	return m
}

// ErrMissingImport is returned when a file imports a package that the
// loaded type information does not hold: the check could not be made in
// process (the caller falls back to the go command, or withholds).
type ErrMissingImport struct{ Path string }

func (e *ErrMissingImport) Error() string {
	return fmt.Sprintf("package %s is not among the loaded imports", e.Path)
}

// Check parses files (name to content: every file of the package) and
// type-checks them as package path, resolving imports from imports. It
// returns the first type error, an *ErrMissingImport, or nil.
func Check(path string, files map[string][]byte, imports map[string]*types.Package, sizes types.Sizes) error {
	fset := token.NewFileSet()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	var parsed []*ast.File
	for _, n := range names {
		f, err := parser.ParseFile(fset, n, files[n], parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		parsed = append(parsed, f)
	}
	var missing *ErrMissingImport
	var first error
	conf := types.Config{
		Importer: importerFunc(func(p string) (*types.Package, error) {
			if p == "unsafe" {
				return types.Unsafe, nil
			}
			if q := imports[p]; q != nil {
				return q, nil
			}
			if missing == nil {
				missing = &ErrMissingImport{Path: p}
			}
			return nil, missing
		}),
		Sizes: sizes,
		Error: func(err error) {
			if first == nil {
				first = err
			}
		},
	}
	conf.Check(path, fset, parsed, nil)
	if missing != nil {
		return missing
	}
	return first
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }
