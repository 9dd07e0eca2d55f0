package load

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"go/version"
	"os"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/gcexportdata"
	"golang.org/x/tools/go/packages"
)

// The typed load. go/packages would list the kept packages a second time
// (go list -export of their dependencies) before type-checking them; the
// listing List made already has the export data of every package, so
// the kept packages are parsed and type-checked here, from source, in
// dependency order and on every CPU, and everything else they import is
// read from export data. This is what go/packages does for its initial
// packages, minus the second go command.

// typeChecker holds the state of one typed load.
type typeChecker struct {
	// newerGo holds the go line of a module newer than the Go release
	// upsertfix was built with ("go1.27"), when one was seen.
	newerGo atomic.Value
	fset    *token.FileSet
	sizes   types.Sizes
	kept    map[*packages.Package]bool

	// exportMu serializes export data reads: gcexportdata.Read may add
	// objects to any package of the importer's view.
	exportMu sync.Mutex
	types    map[*packages.Package]*types.Package // every package of the graph, created up front
	read     map[*packages.Package]error          // export data read, and its error
	visited  map[*packages.Package]bool           // readBelow went through it
	needed   map[*packages.Package]bool           // a kept package imports it directly: its export data is read
	byPath   map[string]*packages.Package         // the kept package of each path
}

// newTypeChecker prepares the typed load of kept, whose imports List
// listed with their export files.
func newTypeChecker(fset *token.FileSet, sizes types.Sizes, kept []*packages.Package) *typeChecker {
	tc := &typeChecker{fset: fset, sizes: sizes, kept: map[*packages.Package]bool{},
		types: map[*packages.Package]*types.Package{}, read: map[*packages.Package]error{}, visited: map[*packages.Package]bool{}, needed: map[*packages.Package]bool{}, byPath: map[string]*packages.Package{}}
	for _, p := range kept {
		tc.kept[p] = true
		// p itself, or its own test variant, over a variant made for
		// another package's test ("q [p.test]")
		if q := tc.byPath[p.PkgPath]; q == nil || p.ForTest == p.PkgPath || p.ID == p.PkgPath {
			tc.byPath[p.PkgPath] = p
		}
	}
	// As go/packages does, every package of the graph gets its
	// types.Package before any export data is read, so that reading never
	// creates a second package for the same node.
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if tc.types[p] != nil {
			return
		}
		if p.PkgPath == "unsafe" {
			tc.types[p] = types.Unsafe
		} else {
			tc.types[p] = types.NewPackage(p.PkgPath, p.Name)
		}
		for _, imp := range p.Imports {
			visit(imp)
		}
	}
	for _, p := range kept {
		visit(p)
		for _, imp := range p.Imports {
			if !tc.kept[imp] {
				tc.needed[imp] = true
			}
		}
	}
	return tc
}

// check parses and type-checks every kept package, filling in its Fset,
// Syntax, Types, TypesInfo, TypesSizes, Errors and IllTyped. A package
// starts once the kept packages it depends on, directly or not, are done
// (export data read for a package between them refers to their types);
// then calls done for it, in the same order, so that an analysis can
// follow each package at once.
func (tc *typeChecker) check(kept []*packages.Package, done func(p *packages.Package)) {
	finished := map[*packages.Package]chan struct{}{}
	for _, p := range kept {
		finished[p] = make(chan struct{})
	}
	// The kept packages each one waits for: those it depends on, and
	// those that stand for a package it depends on (a test variant,
	// "p [p.test]", replaces p in the listing, while its importers import
	// p: facts are keyed by name, so p's come from the variant's
	// analysis).
	deps := tc.waits(kept, true)
	if cyclic(kept, deps) {
		deps = tc.waits(kept, false) // the import graph alone has no cycle
	}
	cpu := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for _, p := range kept {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(finished[p])
			for _, d := range deps[p] {
				<-finished[d]
			}
			cpu <- struct{}{}
			defer func() { <-cpu }()
			tc.exportMu.Lock()
			tp := tc.types[p]
			tc.exportMu.Unlock()
			tc.checkOne(p, tp)
			done(p)
		}()
	}
	wg.Wait()
}

// recheck type-checks p again, after release dropped its syntax, into a
// new types.Package (its importers keep the first); its errors are those
// of the first check.
func (tc *typeChecker) recheck(p *packages.Package) {
	errs, ill := p.Errors, p.IllTyped
	tc.checkOne(p, types.NewPackage(p.PkgPath, p.Name))
	p.Errors, p.IllTyped = errs, ill
}

// waits returns the kept packages each of kept depends on, directly or
// not, and, byPath, the kept package of the same path as one it depends
// on.
func (tc *typeChecker) waits(kept []*packages.Package, byPath bool) map[*packages.Package][]*packages.Package {
	deps := map[*packages.Package][]*packages.Package{}
	for _, p := range kept {
		seen := map[*packages.Package]bool{p: true}
		var walk func(q *packages.Package)
		walk = func(q *packages.Package) {
			for _, path := range sortedImports(q) {
				imp := q.Imports[path]
				if seen[imp] {
					continue
				}
				seen[imp] = true
				if tc.kept[imp] {
					deps[p] = append(deps[p], imp)
				} else if k := tc.byPath[imp.PkgPath]; byPath && k != nil && !seen[k] {
					seen[k] = true
					deps[p] = append(deps[p], k)
				}
				walk(imp)
			}
		}
		walk(p)
	}
	return deps
}

// cyclic reports whether waiting along deps could deadlock.
func cyclic(pkgs []*packages.Package, deps map[*packages.Package][]*packages.Package) bool {
	const (
		visiting = 1
		done     = 2
	)
	state := map[*packages.Package]int{}
	var visit func(p *packages.Package) bool
	visit = func(p *packages.Package) bool {
		switch state[p] {
		case visiting:
			return true
		case done:
			return false
		}
		state[p] = visiting
		for _, d := range deps[p] {
			if visit(d) {
				return true
			}
		}
		state[p] = done
		return false
	}
	for _, p := range pkgs {
		if visit(p) {
			return true
		}
	}
	return false
}

// checkOne type-checks one kept package from source into tp.
func (tc *typeChecker) checkOne(p *packages.Package, tp *types.Package) {
	p.Fset = tc.fset
	p.Types = tp
	p.TypesSizes = tc.sizes
	p.TypesInfo = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Instances:    map[*ast.Ident]types.Instance{},
		Scopes:       map[ast.Node]*types.Scope{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		FileVersions: map[*ast.File]string{},
	}
	pe := &pkgErrors{p: p}
	tc.parse(p, pe)
	conf := &types.Config{
		Importer: importerFunc(func(path string) (*types.Package, error) {
			if path == "unsafe" {
				return types.Unsafe, nil
			}
			imp := p.Imports[path]
			if imp == nil {
				return nil, fmt.Errorf("no metadata for %s", path)
			}
			if tc.kept[imp] {
				return imp.Types, nil // done: check waits for it
			}
			return tc.readExport(imp)
		}),
		Error: pe.add,
		Sizes: tc.sizes,
	}
	if p.Module != nil && p.Module.GoVersion != "" {
		v, newer := languageVersion(p.Module.GoVersion)
		conf.GoVersion = v
		if newer {
			tc.newerGo.Store("go" + p.Module.GoVersion)
		}
	}
	typErr := types.NewChecker(conf, tc.fset, p.Types, p.TypesInfo).Files(p.Syntax)
	if typErr != nil && len(pe.errs) == 0 {
		pe.add(typErr)
	}
	tc.settle(p, pe.errs)
}

// pkgErrors collects a package's parse and type errors as the packages
// loader reports them.
type pkgErrors struct {
	p    *packages.Package
	errs []packages.Error
}

func (pe *pkgErrors) add(err error) {
	switch err := err.(type) {
	case scanner.ErrorList:
		for _, e := range err {
			pe.errs = append(pe.errs, packages.Error{Pos: e.Pos.String(), Msg: e.Msg, Kind: packages.ParseError})
		}
	case types.Error:
		pe.p.TypeErrors = append(pe.p.TypeErrors, err)
		pe.errs = append(pe.errs, packages.Error{Pos: err.Fset.Position(err.Pos).String(), Msg: err.Msg, Kind: packages.TypeError})
	default:
		pe.errs = append(pe.errs, packages.Error{Pos: "-", Msg: err.Error(), Kind: packages.UnknownError})
	}
}

// parse reads and parses p's files into p.Syntax.
func (tc *typeChecker) parse(p *packages.Package, pe *pkgErrors) {
	files := p.CompiledGoFiles
	if len(files) == 0 {
		files = p.GoFiles
	}
	p.Syntax = make([]*ast.File, 0, len(files))
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			pe.errs = append(pe.errs, packages.Error{Pos: name + ":1", Msg: err.Error(), Kind: packages.ParseError})
			continue
		}
		f, err := parser.ParseFile(tc.fset, name, src, parser.AllErrors|parser.ParseComments|parser.SkipObjectResolution)
		if f != nil {
			p.Syntax = append(p.Syntax, f)
		}
		if err != nil {
			pe.add(err)
		}
	}
}

// settle records p's errors and whether it, or a package it imports, is
// ill-typed.
func (tc *typeChecker) settle(p *packages.Package, errs []packages.Error) {
	// The go command's report of a compile error, from the listing, says
	// again what the parse and type errors say, with relative paths: it
	// stays only when they say nothing.
	if len(errs) > 0 {
		var kept []packages.Error
		for _, e := range p.Errors {
			if !BuildError(e) {
				kept = append(kept, e)
			}
		}
		p.Errors = kept
	}
	p.Errors = append(p.Errors, errs...)
	p.IllTyped = len(p.Errors) > 0
	for _, imp := range p.Imports {
		if tc.kept[imp] && imp.IllTyped {
			p.IllTyped = true
		}
	}
	if !p.IllTyped {
		tc.exportMu.Lock()
		for _, imp := range p.Imports {
			if tc.read[imp] != nil {
				p.IllTyped = true
			}
		}
		tc.exportMu.Unlock()
	}
}

// readExport reads imp's export data into its types.Package, after that
// of every needed package below it (go/packages' order: a package read
// later would otherwise find its types.Package half-filled by another's
// export data, and replace it).
func (tc *typeChecker) readExport(imp *packages.Package) (*types.Package, error) {
	tc.exportMu.Lock()
	defer tc.exportMu.Unlock()
	tc.readBelow(imp)
	if err := tc.read[imp]; err != nil {
		return nil, err
	}
	return tc.types[imp], nil
}

// readBelow reads, depth first, the export data of every needed package
// p depends on, then p's if it is needed.
func (tc *typeChecker) readBelow(p *packages.Package) {
	if tc.visited[p] || tc.kept[p] {
		return
	}
	tc.visited[p] = true
	for _, path := range sortedImports(p) {
		tc.readBelow(p.Imports[path])
	}
	if tc.needed[p] {
		tc.read[p] = tc.readFile(p)
	}
}

func (tc *typeChecker) readFile(p *packages.Package) error {
	if p.PkgPath == "unsafe" {
		return nil
	}
	if p.ExportFile == "" {
		if len(p.Errors) > 0 {
			return fmt.Errorf("no export data: %s", strings.TrimSpace(p.Errors[0].Msg))
		}
		return fmt.Errorf("no export data for %s", p.PkgPath)
	}
	f, err := os.Open(p.ExportFile)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := gcexportdata.NewReader(f)
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	view := map[string]*types.Package{}
	seen := map[*packages.Package]bool{}
	var visit func(q *packages.Package)
	visit = func(q *packages.Package) {
		for _, imp := range q.Imports {
			if !seen[imp] {
				seen[imp] = true
				view[imp.PkgPath] = tc.types[imp]
				visit(imp)
			}
		}
	}
	visit(p)
	tp, err := gcexportdata.Read(r, tc.fset, view, p.PkgPath)
	if err != nil {
		return fmt.Errorf("reading %s: %v", p.ExportFile, err)
	}
	tc.types[p] = tp
	return nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// languageVersion returns the language version to type-check a module
// whose go line says v ("1.27.1") with: v itself, or, when v is newer than
// the Go release upsertfix was built with (whose go/types rejects it with
// "package requires newer Go version"), that release's version, and true.
func languageVersion(v string) (string, bool) {
	want := "go" + v
	if !version.IsValid(want) {
		return want, false
	}
	have := version.Lang(runtime.Version())
	if have == "" || version.Compare(version.Lang(want), have) <= 0 {
		return want, false
	}
	return have, true
}
