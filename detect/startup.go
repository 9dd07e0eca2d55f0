package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/orm"
)

// Sites seeded at start-up. A get-or-create of one constant row (casnode's
// BasicInfo{Id: "HighestOnlineNum"}, photoview's site_info, a table of
// defaults seeded when empty) that main runs before it starts any
// goroutine has its row in place before the first concurrent caller:
// every later call takes the found path. One process is serialized, as
// with an in-process lock; several replicas starting at once are not
// (Replicas reports them).
//
// Which functions main reaches is known only in main's package, after
// the packages that hold the sites were analyzed: each function exports
// the seed sites a call of it runs (SeedFact), main's package the ones
// main runs before its first go statement (StartupFact), and the
// command, which sees every package, leaves those findings out. go vet
// sees one package at a time and reports them.

// Seeded holds the positions (file:line:col) of sites the main package
// of the run runs at start-up (StartupFact), when the command analyzes a
// package again knowing them: Find leaves those findings out before it
// plans their fixes (or, with Replicas, marks them).
var Seeded map[string]bool

// SeedFact marks a function that runs get-or-create sites of a constant
// key, in its own body or through the functions it calls (not in a go
// statement): their positions (file:line:col).
type SeedFact struct{ Sites []string }

// StartupFact is the package fact of a main package: the seed sites main
// runs before it starts a goroutine.
type StartupFact struct{ Sites []string }

// AFact implements analysis.Fact.
func (*SeedFact) AFact() {}

// AFact implements analysis.Fact.
func (*StartupFact) AFact() {}

func (f *SeedFact) String() string    { return "seeds " + strings.Join(f.Sites, ", ") }
func (f *StartupFact) String() string { return "runs at start-up " + strings.Join(f.Sites, ", ") }

// exportSeeds exports the SeedFact of each function of the package that
// runs a seed site, and, in a main package, the StartupFact; it returns
// findings without those of the package main runs at start-up (marked
// Seeded instead, with Replicas), as the command leaves out the others'.
func exportSeeds(pass *analysis.Pass, findings []*Finding) []*Finding {
	own := map[*ast.FuncDecl][]string{}
	for _, fd := range findings {
		if !seedSite(pass.TypesInfo, fd) {
			continue
		}
		if d := enclosingDecl(pass, fd.Pos); d != nil && !inGoStmt(d.Body, fd.Pos) {
			own[d] = append(own[d], pass.Fset.Position(fd.Pos).String())
		}
	}
	decls := map[*ast.FuncDecl]*types.Func{}
	for _, f := range pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					decls[fd] = fn
				}
			}
		}
	}
	sites := map[*types.Func][]string{}
	for changed := true; changed; {
		changed = false
		for fd, fn := range decls {
			s := seedsOf(pass, fd.Body, own[fd], sites)
			if len(s) > len(sites[fn]) {
				sites[fn], changed = s, true
			}
		}
	}
	for fn, s := range sites {
		pass.ExportObjectFact(fn, &SeedFact{Sites: s})
	}
	var start []string
	for d, fn := range decls {
		if pass.Pkg.Name() == "main" && d.Recv == nil && fn.Name() == "main" {
			if start = seedsOf(pass, startPart(d.Body), nil, sites); len(start) > 0 {
				pass.ExportPackageFact(&StartupFact{Sites: start})
			}
		}
	}
	return slices.DeleteFunc(findings, func(fd *Finding) bool {
		pos := pass.Fset.Position(fd.Pos).String()
		if !Seeded[pos] && !slices.Contains(start, pos) {
			return false
		}
		if Replicas {
			fd.MarkSeeded()
			return false
		}
		return true
	})
}

// seedsOf returns own and the seed sites of the functions n calls
// outside go statements, sorted.
func seedsOf(pass *analysis.Pass, n ast.Node, own []string, local map[*types.Func][]string) []string {
	out := slices.Clone(own)
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			return false
		case *ast.CallExpr:
			fn := callee(pass.TypesInfo, n)
			if fn == nil {
				return true
			}
			if s, ok := local[fn]; ok {
				out = append(out, s...)
			} else if fn.Pkg() != pass.Pkg {
				var f SeedFact
				if pass.ImportObjectFact(fn, &f) {
					out = append(out, f.Sites...)
				}
			}
		}
		return true
	})
	slices.Sort(out)
	return slices.Compact(out)
}

// startPart returns what main surely runs before it starts a goroutine:
// its statements up to the first go statement, but for the bodies of
// its ifs, loops and switches (a seed run only under a flag may not
// run), and for deferred calls.
func startPart(body *ast.BlockStmt) ast.Node {
	var keep []ast.Stmt
	for _, st := range body.List {
		if startsGoroutine(st) {
			break
		}
		switch st := st.(type) {
		case *ast.IfStmt:
			// if err := initDB(); err != nil { ... }
			if st.Init != nil {
				keep = append(keep, st.Init)
			}
			keep = append(keep, &ast.ExprStmt{X: st.Cond})
		case *ast.ExprStmt, *ast.AssignStmt, *ast.DeclStmt:
			keep = append(keep, st)
		}
	}
	return &ast.BlockStmt{List: keep}
}

// startsGoroutine reports a statement that holds a go statement.
func startsGoroutine(st ast.Stmt) bool {
	found := false
	ast.Inspect(st, func(n ast.Node) bool {
		_, found = n.(*ast.GoStmt)
		return !found
	})
	return found
}

// inGoStmt reports whether pos is inside a go statement of body.
func inGoStmt(body *ast.BlockStmt, pos token.Pos) bool {
	in := false
	ast.Inspect(body, func(n ast.Node) bool {
		if g, ok := n.(*ast.GoStmt); ok && g.Pos() <= pos && pos < g.End() {
			in = true
		}
		return !in
	})
	return in
}

// seedSite reports a finding whose lookup pins constant values only (a
// seed row), or has no conditions at all (defaults seeded into an empty
// table).
func seedSite(info *types.Info, fd *Finding) bool {
	if fd.Site == nil || fd.Site.Lookup == nil {
		return false
	}
	l := fd.Site.Lookup
	if l.KeyErr == orm.NoConditions {
		return true
	}
	if len(l.Key) == 0 || len(l.Values) != len(l.Key) {
		return false
	}
	for _, v := range l.Values {
		if v == nil || info.Types[v].Value == nil {
			return false
		}
	}
	return true
}
