// Package load lists the packages matching a pattern with go/packages,
// keeps only those that can hold a finding (they import a supported ORM,
// or a package of the same listing that does, such as a generated client),
// type-checks those, and runs the detect Analyzer on each. It also
// re-type-checks rewritten files in memory (Check).
package load

import (
	"fmt"
	"go/token"
	"go/types"
	goversion "go/version"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/mod/modfile"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/upsertfix/upsertfix/detect"
	"github.com/upsertfix/upsertfix/lint"
)

// Config says what to load.
type Config struct {
	Dir      string   // working directory (the -C flag)
	Tags     []string // build tags
	Patterns []string // go list patterns
	Env      []string // environment; nil means os.Environ()
	// Tests includes the packages' _test.go files, as go vet does.
	Tests bool
	// NoPrefilter type-checks every package that reaches an ORM, even
	// those whose calls cannot make a site or a fact (for comparisons).
	NoPrefilter bool
	// KeepSyntax keeps each analyzed package's syntax and type
	// information, which are otherwise released once it is analyzed.
	KeepSyntax bool
	// Progress, when set, is told how many of the type-checked packages
	// have been analyzed.
	Progress func(done, total int)
}

// Problem is a package that failed to load, with its first errors.
type Problem struct {
	Pkg    string
	Errors []string
}

// Package is one analyzed package.
type Package struct {
	*packages.Package
	Findings []*detect.Finding
	Broken   bool         // it did not type-check: no fix is offered in it
	Fixes    *lint.Result // the verified fixes of its findings, as lint.Analyzer offers them
	// FactsOnly: not listed, but imported by a listed package from the
	// main module; analyzed for its summaries, never reported from.
	FactsOnly bool
}

// Result is what Load found.
type Result struct {
	Listed   int // packages matched by the patterns
	Loaded   int // of which those without list-level errors (their own or an import's)
	Packages []*Package
	Problems []Problem
	Module   string // the main module's root directory, "" if none
	Skipped  int    // packages importing an ORM that the prefilter left to export data
	// NewerGo is the go line ("go1.27") of a module newer than the Go
	// release upsertfix was built with, analyzed with that release's
	// language version instead; "" if none.
	NewerGo string
}

// listMode is go list with the import graph (-deps) and the export data
// of every package (-export), but no parsing: the one go command a run
// needs. The kept packages are type-checked from it (typecheck.go).
const listMode = graphMode | packages.NeedExportFile | packages.NeedCompiledGoFiles | packages.NeedTypesSizes

// graphMode is go list -deps: files and the import graph.
const graphMode = packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedEmbedFiles | packages.NeedForTest

func (c *Config) packagesConfig(mode packages.LoadMode) *packages.Config {
	cfg := &packages.Config{Mode: mode, Dir: c.Dir, Env: c.Env, Fset: token.NewFileSet(), Tests: c.Tests}
	if len(c.Tags) > 0 {
		cfg.BuildFlags = []string{"-tags=" + strings.Join(c.Tags, ",")}
	}
	return cfg
}

// Load lists, filters, type-checks and analyzes. The error is for a
// failure of the go command itself (no module, bad pattern).
func Load(c *Config) (*Result, error) {
	listed, err := List(c)
	if err != nil {
		return nil, err
	}
	return LoadListed(c, listed)
}

// List lists the packages of the patterns and their dependencies, with
// their files, import graph and export data, without parsing anything
// (go list -deps -export).
func List(c *Config) ([]*packages.Package, error) {
	return list(c, listMode)
}

// ListGraph lists the packages and their import graph as List does, but
// not their export data: computing it has the go command hash every
// file of every package, which makes the listing about twice as slow.
// What a cache key needs.
func ListGraph(c *Config) ([]*packages.Package, error) {
	return list(c, graphMode)
}

func list(c *Config, mode packages.LoadMode) ([]*packages.Package, error) {
	cfg := c.packagesConfig(mode)
	// A main module whose go line names a release newer than this go
	// command: the go command refuses to list it (GOTOOLCHAIN=local) or
	// switches to a newer toolchain, whose export data upsertfix may not
	// read. List it through a copy of go.mod whose go line is this
	// release's; the packages are then type-checked at the newest
	// language version upsertfix knows, and the run says so
	// (Result.NewerGo).
	modfile, orig, cleanup, err := lowerGoLine(cfg)
	if err != nil {
		return nil, err
	}
	if modfile != "" {
		defer cleanup()
		// -mod=mod: the go command may complete the copy (a go line of
		// three parts); the project's own go.mod is never written.
		cfg.BuildFlags = append(cfg.BuildFlags, "-modfile="+modfile, "-mod=mod")
	}
	listed, err := packages.Load(cfg, c.Patterns...)
	if err != nil {
		return nil, err
	}
	if modfile != "" {
		for _, p := range listed {
			if p.Module != nil && p.Module.Main {
				p.Module.GoVersion = orig
			}
		}
	}
	return testVariants(listed), nil
}

// lowerGoLine writes, when the main module's go line is newer than the
// running release, a copy of its go.mod (and go.sum) with the go line set
// to the running release and no toolchain line, for -modfile. It returns
// the copy ("" when none is needed), the original go version and a
// cleanup.
func lowerGoLine(cfg *packages.Config) (string, string, func(), error) {
	gomod := findGoMod(cfg.Dir)
	if gomod == "" || slices.ContainsFunc(cfg.BuildFlags, func(f string) bool { return strings.HasPrefix(f, "-modfile") }) ||
		strings.Contains(os.Getenv("GOFLAGS"), "-modfile") {
		return "", "", nil, nil
	}
	data, err := os.ReadFile(gomod)
	if err != nil {
		return "", "", nil, err
	}
	f, err := modfile.ParseLax(gomod, data, nil)
	if err != nil || f.Go == nil {
		return "", "", nil, fmt.Errorf("reading %s: %v", gomod, err)
	}
	orig := f.Go.Version
	if goversion.Compare("go"+orig, runtime.Version()) <= 0 || !goversion.IsValid("go"+orig) || !goversion.IsValid(runtime.Version()) {
		return "", "", nil, nil
	}
	if err := f.AddGoStmt(strings.TrimPrefix(goversion.Lang(runtime.Version()), "go")); err != nil {
		return "", "", nil, err
	}
	f.DropToolchainStmt()
	lowered, err := f.Format()
	if err != nil {
		return "", "", nil, err
	}
	dir, err := os.MkdirTemp("", "upsertfix-modfile-")
	if err != nil {
		return "", "", nil, err
	}
	cleanup := func() { os.RemoveAll(dir) }
	if sum, err := os.ReadFile(strings.TrimSuffix(gomod, ".mod") + ".sum"); err == nil {
		os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), lowered, 0o644); err != nil {
		cleanup()
		return "", "", nil, err
	}
	return filepath.Join(dir, "go.mod"), orig, cleanup, nil
}

// findGoMod returns the go.mod governing dir ("" for none, or in a
// workspace, where the go command has its own rules).
func findGoMod(dir string) string {
	if os.Getenv("GOWORK") != "" && os.Getenv("GOWORK") != "off" {
		return ""
	}
	d, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(d, "go.work")); err == nil {
			return ""
		}
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "go.mod")
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// LoadListed filters, type-checks and analyzes what List listed.
func LoadListed(c *Config, listed []*packages.Package) (*Result, error) {
	res := &Result{Listed: len(listed)}
	for _, p := range listed {
		if p.Module != nil && p.Module.Main && res.Module == "" {
			res.Module = p.Module.Dir
		}
	}
	// Patterns below the module (./internal/service/...): the main
	// module's packages they import are analyzed too, for their
	// summaries (a repository's lookup), and never reported from.
	listed, factsOnly := withModuleDeps(listed)
	keep := choose(c, listed, factsOnly, res)
	if len(keep) == 0 {
		return res, nil
	}
	a := analyzeKept(c, keep, factsOnly, res)
	a.moduleRounds(res)
	a.dropSeeded(res)
	if v, ok := a.tc.newerGo.Load().(string); ok {
		res.NewerGo = v
	}
	res.Packages = slices.DeleteFunc(res.Packages, func(lp *Package) bool { return lp.FactsOnly })
	return res, nil
}

// choose returns the listed packages to type-check and analyze from
// source (the others are left to export data), counting in res what it
// loaded, skipped and could not load.
func choose(c *Config, listed []*packages.Package, factsOnly map[*packages.Package]bool, res *Result) []*packages.Package {
	pf := newPrefilter(c, listed)
	var keep []*packages.Package
	kept := map[*packages.Package]bool{}
	for _, p := range listed {
		pr, listLevel := listProblem(p)
		if !listLevel && !factsOnly[p] {
			res.Loaded++
		}
		if len(p.Errors) > 0 && len(p.GoFiles) == 0 {
			if !factsOnly[p] {
				res.Problems = append(res.Problems, pr)
			}
			continue
		}
		// Keep a package that imports an ORM, or imports a package that
		// does (a generated ent or Prisma client, a models package).
		hit := triggers(p)
		for _, imp := range p.Imports {
			hit = hit || triggers(imp)
		}
		if hit && !pf.canMatter(p) {
			res.Skipped++
			hit = false
		}
		hit = hit || pf.effectDeps[p] || pf.viaInterfaces(p, kept) || startsKept(p, kept)
		if hit {
			keep = append(keep, p) // the typed load reports its errors
			kept[p] = true
		} else if len(pr.Errors) > 0 && !factsOnly[p] {
			res.Problems = append(res.Problems, pr)
		}
	}
	return keep
}

// startsKept reports a main package that imports a kept package: what
// its main runs at start-up decides which sites are seeded before any
// concurrent caller (dropSeeded). (listed holds dependencies first.)
func startsKept(p *packages.Package, kept map[*packages.Package]bool) bool {
	if p.Name != "main" {
		return false
	}
	for _, imp := range p.Imports {
		if kept[imp] {
			return true
		}
	}
	return false
}

// prefilter is what the scan of the listed packages' files (prefilter.go)
// says about which of them can matter.
type prefilter struct {
	noPrefilter bool
	called      map[*packages.Package]callInfo
	// needed: packages a possible site imports, transitively: their
	// facts may be needed.
	needed map[*packages.Package]bool
	// effectDeps: packages of the main module that a possible site
	// imports directly: their functions' effect summaries
	// (detect.EffectFact) decide whether a constructor or helper called
	// before the create is pure.
	effectDeps map[*packages.Package]bool
	// ormAdjacent: packages of the main module that a package importing
	// an ORM imports (a domain package of types and repository
	// interfaces).
	ormAdjacent map[*packages.Package]bool
}

func newPrefilter(c *Config, listed []*packages.Package) *prefilter {
	pf := &prefilter{noPrefilter: c.NoPrefilter, called: scanAll(listed), needed: map[*packages.Package]bool{},
		effectDeps: map[*packages.Package]bool{}, ormAdjacent: map[*packages.Package]bool{}}
	var need func(p *packages.Package)
	need = func(p *packages.Package) {
		for _, imp := range p.Imports {
			if !pf.needed[imp] {
				pf.needed[imp] = true
				need(imp)
			}
		}
	}
	for p, ci := range pf.called {
		if ci.lookup && ci.create {
			need(p)
			for _, imp := range p.Imports {
				if _, inModule := pf.called[imp]; inModule {
					pf.effectDeps[imp] = true
				}
			}
		}
		if triggers(p) {
			for _, imp := range p.Imports {
				if _, inModule := pf.called[imp]; inModule {
					pf.ormAdjacent[imp] = true
				}
			}
		}
	}
	return pf
}

// canMatter reports whether a package that imports an ORM can hold a
// site or a fact another needs.
func (pf *prefilter) canMatter(p *packages.Package) bool {
	ci, ok := pf.called[p]
	if !ok {
		return true // outside the main module: as before
	}
	if ci.lookup && ci.create || pf.noPrefilter {
		return true
	}
	// A lookup, a create or a not-found test alone: a fact for an
	// importer of it, or an implementation of a repository interface
	// (the module-wide pass), which calls the ORM itself.
	return (ci.lookup || ci.create || ci.notFound) && (pf.needed[p] || triggers(p))
}

// viaInterfaces reports a package that calls into an ORM-adjacent
// package and calls names like a lookup and a create: it may reach the
// ORM through that package's interfaces (a use case that imports no
// ORM), or through a package of the module that is kept.
func (pf *prefilter) viaInterfaces(p *packages.Package, kept map[*packages.Package]bool) bool {
	ci, ok := pf.called[p]
	if !ok || !ci.lookup || !ci.create {
		return false
	}
	for _, imp := range p.Imports {
		// (a kept package of the module: a repository over a DAO,
		// whose summaries reach the ORM two layers down: webook's
		// service -> repository -> dao)
		if pf.ormAdjacent[imp] || kept[imp] && pf.inModule(imp) {
			return true
		}
	}
	return false
}

// inModule reports a package of the main module.
func (pf *prefilter) inModule(p *packages.Package) bool {
	_, ok := pf.called[p]
	return ok
}

// run is the typed load and analysis of the kept packages.
type run struct {
	c       *Config
	tc      *typeChecker
	facts   *Facts
	results map[*packages.Package]*result
}

// result is one package's analysis.
type result struct {
	lp    *Package
	err   error
	calls map[string]bool // the interface methods it calls
}

// analyzeOne analyzes p, type-checked.
func (a *run) analyzeOne(p *packages.Package) *result {
	r := &result{lp: &Package{Package: p, Broken: len(p.Errors) > 0 || p.IllTyped}}
	r.lp.Findings, r.lp.Fixes, r.err = a.c.analyze(p, a.facts)
	r.calls = interfaceCalls(p.TypesInfo)
	if !a.c.KeepSyntax {
		release(p, r.lp.Findings)
	}
	return r
}

// analyzeKept type-checks and analyzes keep, dependencies first, and
// adds the packages (and their problems) to res.
func analyzeKept(c *Config, keep []*packages.Package, factsOnly map[*packages.Package]bool, res *Result) *run {
	sizes := keep[0].TypesSizes // one target: every package's
	// Each package is analyzed as soon as it is type-checked (its kept
	// dependencies, whose facts it reads, are done by then), then its
	// syntax and type information are released: peak memory follows the
	// packages in flight, not the number of packages.
	a := &run{c: c, tc: newTypeChecker(token.NewFileSet(), sizes, keep), facts: &Facts{m: map[factKey]analysis.Fact{}},
		results: map[*packages.Package]*result{}}
	results := a.results
	var mu sync.Mutex
	a.tc.check(keep, func(p *packages.Package) {
		r := a.analyzeOne(p)
		mu.Lock()
		defer mu.Unlock()
		results[p] = r
		if c.Progress != nil {
			c.Progress(len(results), len(keep))
		}
	})
	for _, p := range dependenciesFirst(keep, a.tc.byPath) {
		r := results[p]
		if factsOnly[p] {
			r.lp.Findings, r.lp.Fixes, r.lp.FactsOnly = nil, nil, true
			if r.lp.Broken || r.err != nil {
				continue // its importers, which were listed, say so
			}
		}
		if r.lp.Broken {
			// Said as a problem, never reported from: what upsertfix
			// would say of its code rests on missing type information.
			// (Its facts still serve the packages that import it.)
			res.Problems = append(res.Problems, problem(p))
			r.lp.Findings, r.lp.Fixes = nil, nil
		}
		if r.err != nil {
			res.Problems = append(res.Problems, Problem{Pkg: p.PkgPath, Errors: []string{r.err.Error()}})
			continue
		}
		res.Packages = append(res.Packages, r.lp)
	}
	return a
}

// moduleRounds runs the module-wide pass over interfaces.
func (a *run) moduleRounds(res *Result) {
	// A module-wide pass go vet cannot make: an interface whose
	// implementations live in packages that do not import it (gotify's
	// api.UserDatabase, implemented in database) gets their facts, and the
	// packages that call its methods, and those that import them, are
	// type-checked and analyzed again so that calls through it count.
	// Repeated while it adds facts (at most a few rounds): a package
	// analyzed again may summarize a method that implements another
	// package's interface (wg-portal's users.Manager, behind
	// app.UserManager, over the store behind users.UserDatabaseRepo).
	for round := 0; round < 4; round++ {
		added := moduleInterfaces(res.Packages, a.facts)
		if len(added) == 0 {
			break
		}
		redo := map[*packages.Package]bool{}
		for _, lp := range res.Packages { // dependencies first
			for m := range a.results[lp.Package].calls {
				redo[lp.Package] = redo[lp.Package] || added[m]
			}
			for _, imp := range lp.Imports {
				redo[lp.Package] = redo[lp.Package] || redo[imp] || redo[a.tc.byPath[imp.PkgPath]]
			}
			if !redo[lp.Package] {
				continue
			}
			a.tc.recheck(lp.Package)
			if r := a.analyzeOne(lp.Package); r.err == nil && !lp.FactsOnly {
				lp.Findings, lp.Fixes = r.lp.Findings, r.lp.Fixes
				a.results[lp.Package].calls = r.calls
			}
		}
	}
}

// dropSeeded leaves out the findings that a main package of the run runs
// at start-up before it starts a goroutine, on a constant key
// (detect.StartupFact): their row is in place before any concurrent
// caller. Their packages are analyzed again knowing them (detect.Seeded),
// so that no fix, alone or combined with others of its file, edits them.
func (a *run) dropSeeded(res *Result) {
	seeded := map[string]bool{}
	for _, lp := range res.Packages {
		var f detect.StartupFact
		if lp.Types != nil && lp.Name == "main" && a.facts.getPkg(lp.Types, &f) {
			for _, s := range f.Sites {
				seeded[s] = true
			}
		}
	}
	if len(seeded) == 0 {
		return
	}
	detect.Seeded = seeded
	defer func() { detect.Seeded = nil }()
	for _, lp := range res.Packages {
		if !slices.ContainsFunc(lp.Findings, func(fd *detect.Finding) bool { return seeded[lp.Fset.Position(fd.Pos).String()] }) {
			continue
		}
		a.tc.recheck(lp.Package)
		if r := a.analyzeOne(lp.Package); r.err == nil {
			lp.Findings, lp.Fixes = r.lp.Findings, r.lp.Fixes
		}
	}
}

// withModuleDeps adds to listed the packages of the main module that the
// listed ones import, directly or not, and are not listed themselves
// (by import path: a listed test variant covers its package), and
// returns those added.
func withModuleDeps(listed []*packages.Package) ([]*packages.Package, map[*packages.Package]bool) {
	have := map[string]bool{}
	for _, p := range listed {
		have[p.PkgPath] = true
	}
	added := map[*packages.Package]bool{}
	var walk func(p *packages.Package)
	walk = func(p *packages.Package) {
		for _, imp := range p.Imports {
			if have[imp.PkgPath] || imp.Module == nil || !imp.Module.Main {
				continue
			}
			have[imp.PkgPath] = true
			added[imp] = true
			walk(imp)
		}
	}
	for _, p := range listed {
		walk(p)
	}
	if len(added) == 0 {
		return listed, nil
	}
	out := slices.Clone(listed)
	for _, p := range sortedDeps(added) {
		out = append(out, p)
	}
	return out, added
}

// sortedDeps returns the packages of set by import path.
func sortedDeps(set map[*packages.Package]bool) []*packages.Package {
	var out []*packages.Package
	for p := range set {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *packages.Package) int { return strings.Compare(a.PkgPath, b.PkgPath) })
	return out
}

// testVariants keeps one package per directory's files: with tests, the
// test variant "p [p.test]" (p's files and its _test.go files) replaces p,
// the external "p_test [p.test]" stays, and the generated "p.test" main
// goes. Without tests it changes nothing.
func testVariants(pkgs []*packages.Package) []*packages.Package {
	hasVariant := map[string]bool{}
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			hasVariant[p.PkgPath] = true
		}
	}
	var out []*packages.Package
	for _, p := range pkgs {
		switch {
		case strings.HasSuffix(p.ID, ".test") && p.Name == "main" && p.ForTest == "":
			continue // the generated test main
		case p.ForTest == "" && hasVariant[p.PkgPath]:
			continue // p, superseded by p [p.test]
		}
		out = append(out, p)
	}
	return out
}

// database/sql and the SQL drivers' packages are imported by the ORMs and
// drivers themselves: they trigger only the main module's packages, or
// every dependency that touches a database would be type-checked.
func triggers(p *packages.Package) bool {
	mine := p.Module != nil && p.Module.Main
	for path := range p.Imports {
		for _, a := range detect.Adapters {
			if a.Triggers(path) && (mine || a.Name() != "sql") {
				return true
			}
		}
	}
	return false
}

func sortedImports(p *packages.Package) []string {
	var paths []string
	for path := range p.Imports {
		paths = append(paths, path)
	}
	sort.Strings(paths)
	return paths
}

// sortedPkgs orders packages by path, then ID (a package and its test
// variant share a path).
func sortedPkgs(pkgs []*packages.Package) {
	sort.Slice(pkgs, func(i, j int) bool {
		if pkgs[i].PkgPath != pkgs[j].PkgPath {
			return pkgs[i].PkgPath < pkgs[j].PkgPath
		}
		return pkgs[i].ID < pkgs[j].ID
	})
}

// BuildError reports whether e is the go command's report of a package
// that does not compile (the listing's -export built it), as opposed to
// an error of the listing itself (a missing module, a bad import path).
func BuildError(e packages.Error) bool {
	return e.Kind == packages.ListError && strings.HasPrefix(e.Msg, "# ")
}

// listProblem is p's problem as the listing shows it: its own errors,
// and those of the listing of its imports (an import that does not
// compile is reported on itself, not on each importer). listLevel says
// whether any of them is a listing error.
func listProblem(p *packages.Package) (pr Problem, listLevel bool) {
	pr = Problem{Pkg: pkgName(p)}
	if len(p.Errors) > 0 {
		pr = problem(p) // not brokenDep's walk: see above
	}
	for _, e := range p.Errors {
		listLevel = listLevel || !BuildError(e)
	}
	for _, path := range sortedImports(p) {
		for _, e := range p.Imports[path].Errors {
			if !BuildError(e) {
				pr.Errors = append(pr.Errors, e.Error())
				listLevel = true
			}
		}
	}
	return pr, listLevel
}

// pkgName names p in a Problem: its path, or its ID when it has none.
func pkgName(p *packages.Package) string {
	if p.PkgPath == "" {
		return p.ID
	}
	return p.PkgPath
}

func problem(p *packages.Package) Problem {
	pr := Problem{Pkg: pkgName(p)}
	if len(p.Errors) == 0 {
		// Ill-typed because of a dependency: name it and its error.
		if dep := brokenDep(p, map[*packages.Package]bool{}); dep != nil {
			pr.Errors = append(pr.Errors, "it imports "+dep.PkgPath+", which does not load: "+dep.Errors[0].Error())
		} else if p.IllTyped {
			pr.Errors = append(pr.Errors, "it does not type-check (the go command gave no reason)")
		}
		return pr
	}
	for i, e := range p.Errors {
		if i == 3 {
			pr.Errors = append(pr.Errors, fmt.Sprintf("(and %d more errors)", len(p.Errors)-3))
			break
		}
		pr.Errors = append(pr.Errors, e.Error())
	}
	return pr
}

// brokenDep returns the first package p depends on that has errors.
func brokenDep(p *packages.Package, seen map[*packages.Package]bool) *packages.Package {
	for _, path := range sortedImports(p) {
		dep := p.Imports[path]
		if seen[dep] {
			continue
		}
		seen[dep] = true
		if len(dep.Errors) > 0 {
			return dep
		}
		if d := brokenDep(dep, seen); d != nil {
			return d
		}
	}
	return nil
}

// moduleInterfaces runs detect.InterfaceFacts over every analyzed
// package, recording the facts that are new, and returns the objects
// (by objKey) that got one.
func moduleInterfaces(pkgs []*Package, facts *Facts) map[string]bool {
	var all []*types.Package
	for _, lp := range pkgs {
		all = append(all, lp.Types)
	}
	added := map[string]bool{}
	detect.InterfaceFacts(all, facts.get, func(obj types.Object, f analysis.Fact) {
		if _, ok := facts.lookup(obj, f); !ok {
			facts.set(obj, f)
			added[objKey(obj)] = true
		}
	})
	return added
}

// interfaceCalls returns the interface methods (by objKey) that info
// records uses of.
func interfaceCalls(info *types.Info) map[string]bool {
	calls := map[string]bool{}
	if info == nil {
		return calls
	}
	for _, obj := range info.Uses {
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			calls[objKey(fn)] = true
		}
	}
	return calls
}

// release drops what the analysis of p no longer needs: its syntax and
// type information (its types.Package stays: importers refer to it), and
// the syntax its findings point to (their fixes are planned).
func release(p *packages.Package, fs []*detect.Finding) {
	p.Syntax, p.TypesInfo, p.TypeErrors = nil, nil, nil
	for _, fd := range fs {
		fd.Site = nil
	}
}

// Facts holds the analysis facts exported by the packages analyzed so
// far (a repository method that wraps a lookup, say), keyed by object and
// fact type. Objects are keyed by name, since a package imported from
// export data has its own types.Object for each. Packages are analyzed
// concurrently: a package reads only the facts of its dependencies, which
// are complete before it starts.
type Facts struct {
	mu sync.Mutex
	m  map[factKey]analysis.Fact
}

func (facts *Facts) lookup(obj types.Object, f analysis.Fact) (analysis.Fact, bool) {
	facts.mu.Lock()
	defer facts.mu.Unlock()
	got, ok := facts.m[factKey{objKey(obj), reflect.TypeOf(f)}]
	return got, ok
}

// get is an analysis.Pass's ImportObjectFact over the facts.
func (facts *Facts) get(obj types.Object, f analysis.Fact) bool {
	got, ok := facts.lookup(obj, f)
	if ok {
		reflect.ValueOf(f).Elem().Set(reflect.ValueOf(got).Elem())
	}
	return ok
}

// set is an analysis.Pass's ExportObjectFact over the facts.
func (facts *Facts) set(obj types.Object, f analysis.Fact) {
	if debugFacts {
		fmt.Fprintf(os.Stderr, "fact %s: %v\n", objKey(obj), f)
	}
	facts.mu.Lock()
	defer facts.mu.Unlock()
	facts.m[factKey{objKey(obj), reflect.TypeOf(f)}] = f
}

// getPkg is an analysis.Pass's ImportPackageFact over the facts.
func (facts *Facts) getPkg(pkg *types.Package, f analysis.Fact) bool {
	facts.mu.Lock()
	got, ok := facts.m[factKey{"package " + pkg.Path(), reflect.TypeOf(f)}]
	facts.mu.Unlock()
	if ok {
		reflect.ValueOf(f).Elem().Set(reflect.ValueOf(got).Elem())
	}
	return ok
}

// setPkg is an analysis.Pass's ExportPackageFact over the facts.
func (facts *Facts) setPkg(pkg *types.Package, f analysis.Fact) {
	facts.mu.Lock()
	defer facts.mu.Unlock()
	facts.m[factKey{"package " + pkg.Path(), reflect.TypeOf(f)}] = f
}

// allPkg returns the package facts of pkg and the packages it imports,
// directly or not.
func (facts *Facts) allPkg(pkg *types.Package) []analysis.PackageFact {
	seen := map[*types.Package]bool{}
	var out []analysis.PackageFact
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		facts.mu.Lock()
		for k, f := range facts.m {
			if k.obj == "package "+p.Path() {
				out = append(out, analysis.PackageFact{Package: p, Fact: f})
			}
		}
		facts.mu.Unlock()
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(pkg)
	return out
}

// debugFacts (UPSERTFIX_DEBUG=facts) prints each object fact as it is
// exported, for whoever wonders why a call was not taken for a lookup.
var debugFacts = os.Getenv("UPSERTFIX_DEBUG") == "facts"

type factKey struct {
	obj string
	t   reflect.Type
}

func objKey(obj types.Object) string {
	if fn, ok := obj.(*types.Func); ok {
		return fn.FullName()
	}
	if obj.Pkg() != nil {
		return obj.Pkg().Path() + "." + obj.Name()
	}
	return obj.Name()
}

// dependenciesFirst orders pkgs so that each comes after the packages of
// the set it imports (byPath: the package of pkgs of each path): facts
// flow from a repository to its callers.
func dependenciesFirst(pkgs []*packages.Package, byPath map[string]*packages.Package) []*packages.Package {
	var out []*packages.Package
	seen := map[*packages.Package]bool{}
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if seen[p] {
			return
		}
		seen[p] = true
		for _, path := range sortedImports(p) {
			if dep := byPath[path]; dep != nil {
				visit(dep)
			}
		}
		out = append(out, p)
	}
	for _, p := range pkgs {
		visit(p)
	}
	return out
}

// analyze runs the detect Analyzer on one type-checked package, as a
// minimal analysis driver (its facts are kept in facts), and plans and
// verifies the fixes of its findings as lint.Analyzer does (the same suggested fixes go fix
// applies); a fix that needs a package p's imports do not hold is checked
// with the go command.
func (c *Config) analyze(p *packages.Package, facts *Facts) (fs []*detect.Finding, fixes *lint.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("analyze %s: internal error: %v", p.PkgPath, r)
		}
	}()
	pass := &analysis.Pass{
		Analyzer:          detect.Analyzer,
		Fset:              p.Fset,
		Files:             p.Syntax,
		OtherFiles:        p.OtherFiles,
		Pkg:               p.Types,
		TypesInfo:         p.TypesInfo,
		TypesSizes:        p.TypesSizes,
		ResultOf:          map[*analysis.Analyzer]any{},
		Report:            func(analysis.Diagnostic) {},
		ReadFile:          os.ReadFile,
		ImportObjectFact:  facts.get,
		ExportObjectFact:  facts.set,
		ImportPackageFact: facts.getPkg,
		ExportPackageFact: func(f analysis.Fact) { facts.setPkg(p.Types, f) },
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return facts.allPkg(p.Types) },
	}
	fs, err = detect.Find(pass)
	if err != nil {
		return nil, nil, err
	}
	fixes = lint.FixesWith(pass, fs, func(files map[string][]byte) ([]string, error) {
		errs, err := Check(c, files, []string{p.PkgPath})
		return errs[p.PkgPath], err
	})
	return fs, fixes, nil
}

// Check type-checks the named packages with the overlay (file name ->
// new content) and returns each package's errors; a package missing from
// the map type-checked cleanly.
func Check(c *Config, overlay map[string][]byte, pkgPaths []string) (map[string][]string, error) {
	cfg := c.packagesConfig(packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo)
	cfg.Overlay = overlay
	pkgs, err := packages.Load(cfg, pkgPaths...)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	for _, p := range pkgs {
		// Type errors name the real file; the go command's own report of
		// the same error names its temporary copy of the overlay.
		for _, e := range p.Errors {
			if e.Kind == packages.TypeError {
				out[p.PkgPath] = append(out[p.PkgPath], shortPos(e.Pos)+": "+e.Msg)
			}
		}
		if len(out[p.PkgPath]) == 0 {
			for _, e := range p.Errors {
				out[p.PkgPath] = append(out[p.PkgPath], strings.TrimSpace(e.Msg))
			}
		}
	}
	return out, nil
}

// shortPos turns /abs/dir/file.go:3:4 into file.go:3:4.
func shortPos(pos string) string {
	if i := strings.LastIndexAny(pos, `/\`); i >= 0 {
		return pos[i+1:]
	}
	return pos
}
