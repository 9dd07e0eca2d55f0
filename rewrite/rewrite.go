// Package rewrite turns fixable findings into edits of the syntax tree with
// github.com/dave/dst, which keeps every comment attached, and restores the
// changed files to gofmt-formatted source. It touches no disk and reads no
// flags: package load and the CLI do that.
package rewrite

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"github.com/dave/dst"
	"github.com/dave/dst/decorator"
	"github.com/dave/dst/decorator/resolver/guess"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/packages"

	"github.com/upsertfix/upsertfix/detect"
)

// Result is the outcome of rewriting one package.
type Result struct {
	Files  map[string][]byte          // new contents of the changed files, by file name
	Failed map[*detect.Finding]string // fixable findings whose edit could not be planned, with why
}

// Package applies the fixes of findings (all of pkg) and returns the new
// contents of the files they change. Findings that are not fixable are
// ignored.
func Package(pkg *packages.Package, findings []*detect.Finding) *Result {
	res := &Result{Files: map[string][]byte{}, Failed: map[*detect.Finding]string{}}
	byFile := map[*ast.File][]*detect.Finding{}
	var files []*ast.File
	for _, fd := range findings {
		if !fd.Fixable || fd.Site == nil {
			continue
		}
		if byFile[fd.Site.File] == nil {
			files = append(files, fd.Site.File)
		}
		byFile[fd.Site.File] = append(byFile[fd.Site.File], fd)
	}
	dec := decorator.NewDecoratorFromPackage(pkg)
	for _, f := range files {
		name := pkg.Fset.File(f.Pos()).Name()
		out, failed := rewriteFile(pkg, dec, f, byFile[f])
		for fd, why := range failed {
			res.Failed[fd] = why
		}
		if out != nil {
			res.Files[name] = out
		}
	}
	return res
}

func rewriteFile(pkg *packages.Package, dec *decorator.Decorator, f *ast.File, fds []*detect.Finding) (out []byte, failed map[*detect.Finding]string) {
	failed = map[*detect.Finding]string{}
	defer func() {
		if r := recover(); r != nil {
			out = nil
			for _, fd := range fds {
				failed[fd] = fmt.Sprintf("internal error in the rewriter: %v", r)
			}
		}
	}()
	df, err := dec.DecorateFile(f)
	if err != nil {
		for _, fd := range fds {
			failed[fd] = "decorate: " + err.Error()
		}
		return nil, failed
	}
	// Edit the last site first, so that statement lists keep their order.
	sort.Slice(fds, func(i, j int) bool { return fds[i].Pos > fds[j].Pos })
	ed := &editor{pkg: pkg, dec: dec, file: f}
	changed := false
	// A site covered by another's fix (one create after two lookups) is
	// fixed by applying that one.
	eff := func(fd *detect.Finding) *detect.Finding {
		if fd.Site != nil && fd.Site.CoveredBy != nil {
			return fd.Site.CoveredBy
		}
		return fd
	}
	var todo []*detect.Finding
	for _, fd := range fds {
		if !slices.Contains(todo, eff(fd)) {
			todo = append(todo, eff(fd))
		}
	}
	sort.Slice(todo, func(i, j int) bool { return todo[i].Pos > todo[j].Pos })
	for _, fd := range todo {
		if err := ed.apply(fd); err != nil {
			failed[fd] = err.Error()
			continue
		}
		changed = true
	}
	for _, fd := range fds {
		if why, ok := failed[eff(fd)]; ok {
			failed[fd] = why
		}
	}
	for fd := range failed {
		if !slices.Contains(fds, fd) {
			delete(failed, fd) // the cover, applied for a site it covers
		}
	}
	if !changed {
		return nil, failed
	}
	addImports(df, pkg.PkgPath, nameResolver{pkg})
	var buf bytes.Buffer
	r := decorator.NewRestorerWithImports(pkg.PkgPath, nameResolver{pkg})
	if err := r.Fprint(&buf, df); err != nil {
		for _, fd := range fds {
			failed[fd] = "restore: " + err.Error()
		}
		return nil, failed
	}
	return buf.Bytes(), failed
}

// Restore decorates and restores f with no edits; the round trip must give
// back the gofmt-formatted input byte for byte.
func Restore(pkg *packages.Package, f *ast.File) ([]byte, error) {
	dec := decorator.NewDecoratorFromPackage(pkg)
	df, err := dec.DecorateFile(f)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	err = decorator.NewRestorerWithImports(pkg.PkgPath, nameResolver{pkg}).Fprint(&buf, df)
	return buf.Bytes(), err
}

// nameResolver resolves package names from the package's own imports, and
// by guessing for packages a fix adds.
type nameResolver struct{ pkg *packages.Package }

func (r nameResolver) ResolvePackage(path string) (string, error) {
	if p := r.pkg.Imports[path]; p != nil && p.Name != "" {
		return p.Name, nil
	}
	return guess.New().ResolvePackage(path)
}

// apply edits the dst tree for one finding.
func (e *editor) apply(fd *detect.Finding) error { return e.applyRetry(fd) }

// editor applies fixes to one decorated file.
type editor struct {
	pkg  *packages.Package
	dec  *decorator.Decorator
	file *ast.File
	fn   ast.Node                     // the function being fixed (FuncDecl or FuncLit)
	used map[ast.Node]map[string]bool // identifiers of each function, for freshName
}

func (e *editor) info() *types.Info { return e.pkg.TypesInfo }

func (e *editor) dst(n ast.Node) dst.Node { return e.dec.Dst.Nodes[n] }

// enclosing returns the statement holding n that sits directly in a
// statement list, and that list in the dst tree.
func (e *editor) enclosing(n ast.Node) (ast.Stmt, *[]dst.Stmt, error) {
	path, _ := astutil.PathEnclosingInterval(e.file, n.Pos(), n.End())
	for i, p := range path {
		s, ok := p.(ast.Stmt)
		if !ok || i+1 >= len(path) {
			continue
		}
		switch parent := e.dst(path[i+1]).(type) {
		case *dst.BlockStmt:
			return s, &parent.List, nil
		case *dst.CaseClause:
			return s, &parent.Body, nil
		case *dst.CommClause:
			return s, &parent.Body, nil
		case *dst.IfStmt:
			// } else if err := C; err != nil {: the form that needs
			// no list around it
			if is, ok := s.(*ast.IfStmt); ok && parent.Else == e.dst(s) && is.Init != nil && within(is.Init, n) {
				return s, nil, nil
			}
		}
	}
	return nil, nil, fmt.Errorf("the create is not inside a statement list")
}

// splice replaces old in list by stmts, moving old's leading comments to
// the first new statement.
func splice(list *[]dst.Stmt, old dst.Stmt, stmts ...dst.Stmt) error {
	if list == nil {
		return errForm // an else-if's statement: no list to splice into
	}
	for i, s := range *list {
		if s != old {
			continue
		}
		if first := stmts[0]; first != old {
			d := old.Decorations()
			fd := first.Decorations()
			fd.Before, fd.Start = d.Before, d.Start
			d.Before, d.Start = dst.NewLine, nil
		}
		out := append([]dst.Stmt{}, (*list)[:i]...)
		out = append(out, stmts...)
		*list = append(out, (*list)[i+1:]...)
		return nil
	}
	return fmt.Errorf("the create statement was already rewritten")
}

// freshName returns the first of names not used as an identifier in the
// function being fixed (e.fn), nor added there by an earlier fix. Labels
// have function scope, and the names a fix declares are local, so a name
// used only in other functions is free.
func (e *editor) freshName(names ...string) string {
	if e.used == nil {
		e.used = map[ast.Node]map[string]bool{}
	}
	used := e.used[e.fn]
	if used == nil {
		used = map[string]bool{}
		var scope ast.Node = e.file
		if e.fn != nil {
			scope = e.fn
		}
		ast.Inspect(scope, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				used[id.Name] = true
			}
			return true
		})
		e.used[e.fn] = used
	}
	for _, n := range names {
		if !used[n] {
			return n
		}
	}
	for i := 2; ; i++ {
		if n := fmt.Sprintf("%s%d", names[0], i); !used[n] {
			return n
		}
	}
}

// pure reports whether evaluating e twice, or later, is harmless: no calls
// (other than conversions), no receives.
func pure(info *types.Info, e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if tv, found := info.Types[n.Fun]; !found || !tv.IsType() {
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				ok = false
			}
		case *ast.FuncLit:
			ok = false
		}
		return ok
	})
	return ok
}

func within(outer, n ast.Node) bool { return outer.Pos() <= n.Pos() && n.End() <= outer.End() }
