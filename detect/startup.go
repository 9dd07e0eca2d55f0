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
		d := enclosingDecl(pass, fd.Pos)
		if !seedSite(pass.TypesInfo, d, fd) {
			continue
		}
		if d != nil && !inGoStmt(d.Body, fd.Pos) {
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
// seed row), or values of a table of such rows that the function d
// ranges over (ldapadmin's for _, role := range roles { DB.First(&role,
// role.ID) }, roles a literal whose every row sets ID to a constant), or
// has no conditions at all (defaults seeded into an empty table).
func seedSite(info *types.Info, d *ast.FuncDecl, fd *Finding) bool {
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
		if v == nil || info.Types[v].Value == nil && !tableField(info, d, v) {
			return false
		}
	}
	return true
}

// tableField reports a value x.F where x is the value of a range over a
// literal table (a local declared as a slice or array literal, never
// assigned again) each of whose rows sets F, or an embedded struct's F,
// to a constant.
func tableField(info *types.Info, d *ast.FuncDecl, v ast.Expr) bool {
	sel, ok := ast.Unparen(v).(*ast.SelectorExpr)
	if !ok || d == nil {
		return false
	}
	x, ok := info.Uses[identOf(sel.X)].(*types.Var)
	if !ok {
		return false
	}
	var table *ast.CompositeLit
	ast.Inspect(d.Body, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || r.Value == nil || info.Defs[identOf(r.Value)] != x {
			return table == nil
		}
		if lit, ok := ast.Unparen(r.X).(*ast.CompositeLit); ok {
			table = lit
		} else if tv, ok := info.Uses[identOf(r.X)].(*types.Var); ok {
			table = onlyLiteral(info, d.Body, tv)
		}
		return false
	})
	if table == nil || len(table.Elts) == 0 {
		return false
	}
	for _, e := range table.Elts {
		row := orm.LitOf(e)
		if row == nil || !constField(info, row, sel.Sel.Name, 2) {
			return false
		}
	}
	return true
}

// onlyLiteral returns the composite literal v is declared as, when body
// assigns v nothing else; nil otherwise.
func onlyLiteral(info *types.Info, body *ast.BlockStmt, v *types.Var) *ast.CompositeLit {
	var lit *ast.CompositeLit
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		as, isAssign := n.(*ast.AssignStmt)
		if !isAssign {
			return ok
		}
		for i, l := range as.Lhs {
			if info.ObjectOf(identOf(l)) != v {
				continue
			}
			c, isLit := ast.Unparen(as.Rhs[min(i, len(as.Rhs)-1)]).(*ast.CompositeLit)
			if !isLit || lit != nil || as.Tok != token.DEFINE {
				ok = false
			}
			lit = c
		}
		return ok
	})
	if !ok {
		return nil
	}
	return lit
}

// constField reports whether the literal row sets field name to a
// constant, itself or in a literal of an embedded struct (Model:
// gorm.Model{ID: 1}), depth levels down.
func constField(info *types.Info, row *ast.CompositeLit, name string, depth int) bool {
	for _, e := range row.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id := identOf(kv.Key); id != nil && id.Name == name {
			return info.Types[kv.Value].Value != nil
		}
		if inner := orm.LitOf(kv.Value); inner != nil && depth > 1 && constField(info, inner, name, depth-1) {
			return true
		}
	}
	return false
}
