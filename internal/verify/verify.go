// Package verify type-checks a rewritten package in process: the package's
// files, some of them with new contents, are parsed and checked with
// go/types against the type information of its imports that is already
// loaded (from export data or source), without running the go command
// again.
package verify

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// Imports collects, by path, every package pkg imports directly or
// transitively, as its type information knows them. A package known only
// through another's export data may hold just the objects that one
// refers to (Complete reports false); Check does not trust a type error
// that may come from such a package.
func Imports(pkgs ...*types.Package) map[string]*types.Package {
	m := map[string]*types.Package{}
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		for _, q := range p.Imports() {
			if prev := m[q.Path()]; prev == nil || !prev.Complete() && q.Complete() {
				m[q.Path()] = q
				walk(q)
			}
		}
	}
	for _, p := range pkgs {
		walk(p)
	}
	for path, shim := range shims {
		if p := m[path]; p == nil || !p.Complete() {
			m[path] = shim()
		}
	}
	if p := m[clausePath]; p != nil && !p.Complete() {
		m[clausePath] = completeClause(p)
	}
	return m
}

const clausePath = "gorm.io/gorm/clause"

// completeClause adds to GORM's clause package, as a package sees it
// through gorm's export data (Expression, Builder: what gorm's API
// names), the objects GORM's fix uses besides: Locking, with the methods
// that make it an Expression, and LockingStrengthUpdate. They are
// declared with the fields and signatures clause has had since GORM v2.
// A shim cannot stand in for the whole package: Clauses takes gorm's own
// clause.Expression.
//
// It returns a new package holding p's objects and those: p is shared by
// the packages analyzed at once, which read its scope, so it is never
// changed.
func completeClause(p *types.Package) *types.Package {
	sc := p.Scope()
	builder, _ := sc.Lookup("Builder").(*types.TypeName)
	if builder == nil || sc.Lookup("Expression") == nil {
		return p
	}
	q := types.NewPackage(p.Path(), p.Name())
	for _, name := range sc.Names() {
		q.Scope().Insert(sc.Lookup(name))
	}
	// The package's own code does not import clause (it would be
	// complete then): only the fix names it, and what it names is here.
	defer q.MarkComplete()
	if sc.Lookup("LockingStrengthUpdate") == nil {
		q.Scope().Insert(types.NewConst(token.NoPos, q, "LockingStrengthUpdate", types.Typ[types.UntypedString], constant.MakeString("UPDATE")))
	}
	if sc.Lookup("Locking") != nil {
		return q
	}
	str := types.Typ[types.String]
	tn := types.NewTypeName(token.NoPos, q, "Locking", nil)
	named := types.NewNamed(tn, types.NewStruct([]*types.Var{
		types.NewField(token.NoPos, q, "Strength", str, false),
		types.NewField(token.NoPos, q, "Options", str, false),
	}, nil), nil)
	recv := types.NewVar(token.NoPos, q, "locking", named)
	named.AddMethod(types.NewFunc(token.NoPos, q, "Name", types.NewSignatureType(recv, nil, nil, nil, types.NewTuple(types.NewVar(token.NoPos, q, "", str)), false)))
	named.AddMethod(types.NewFunc(token.NoPos, q, "Build", types.NewSignatureType(recv, nil, nil,
		types.NewTuple(types.NewVar(token.NoPos, q, "builder", builder.Type())), nil, false)))
	q.Scope().Insert(tn)
	return q
}

// shims stand in for packages a fix imports that its package may not
// load completely: they declare exactly what fixes use, with the
// signature the real package has had in every release.
var shims = map[string]func() *types.Package{
	// GORM's fix tests the translated error with errors.Is(err, target),
	// whose signature has not changed since Go 1.13.
	"errors": func() *types.Package {
		p := types.NewPackage("errors", "errors")
		errType := types.Universe.Lookup("error").Type()
		sig := types.NewSignatureType(nil, nil, nil,
			types.NewTuple(types.NewVar(token.NoPos, p, "err", errType), types.NewVar(token.NoPos, p, "target", errType)),
			types.NewTuple(types.NewVar(token.NoPos, p, "", types.Typ[types.Bool])), false)
		p.Scope().Insert(types.NewFunc(token.NoPos, p, "Is", sig))
		p.MarkComplete()
		return p
	},
	// ent's fix catches sqlgraph.IsUniqueConstraintError(err); the
	// generated client imports sqlgraph, but a package that uses only the
	// client sees it through export data, if at all.
	"entgo.io/ent/dialect/sql/sqlgraph": func() *types.Package {
		p := types.NewPackage("entgo.io/ent/dialect/sql/sqlgraph", "sqlgraph")
		errType := types.Universe.Lookup("error").Type()
		sig := types.NewSignatureType(nil, nil, nil,
			types.NewTuple(types.NewVar(token.NoPos, p, "err", errType)),
			types.NewTuple(types.NewVar(token.NoPos, p, "", types.Typ[types.Bool])), false)
		p.Scope().Insert(types.NewFunc(token.NoPos, p, "IsUniqueConstraintError", sig))
		p.MarkComplete()
		return p
	},
}

// ErrMissingImport is returned when a file imports a package that the
// loaded type information does not hold: the check could not be made in
// process (the caller falls back to the go command, or withholds).
type ErrMissingImport struct{ Path string }

func (e *ErrMissingImport) Error() string {
	return fmt.Sprintf("package %s is not (completely) among the loaded imports", e.Path)
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
			q := imports[p]
			if q == nil {
				q = referenced(imports, p)
			}
			if q != nil && !q.Complete() {
				// go/types drops an import it is given incomplete: a
				// copy marked complete holds the same objects; a type
				// error is still not trusted (below)
				q = completed(q)
			}
			if q != nil {
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
	if first != nil {
		// An error may come from an incomplete import rather than from
		// the code: then nothing can be concluded here.
		for _, f := range parsed {
			for _, im := range f.Imports {
				p := strings.Trim(im.Path.Value, `"`)
				if q := imports[p]; q == nil || !q.Complete() {
					return &ErrMissingImport{Path: p}
				}
			}
		}
	}
	return first
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// completed returns a package marked complete that holds p's objects
// (p itself is shared by the packages analyzed at once, so never changed).
func completed(p *types.Package) *types.Package {
	q := types.NewPackage(p.Path(), p.Name())
	for _, name := range p.Scope().Names() {
		q.Scope().Insert(p.Scope().Lookup(name))
	}
	q.MarkComplete()
	return q
}

// referenced finds the package path among the packages that the types
// of imports' exported objects name (database/sql through sqlx.DB, which
// embeds *sql.DB; pgconn through pgx.Conn.Exec's result): a package that
// export data describes without listing it among the imports. It is
// incomplete, so a type error in a file that imports it is not trusted.
func referenced(imports map[string]*types.Package, path string) *types.Package {
	seen := map[types.Type]bool{}
	var found *types.Package
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if t == nil || found != nil || depth > 4 || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			if p := t.Obj().Pkg(); p != nil && p.Path() == path {
				found = p
				return
			}
			for i := 0; i < t.NumMethods(); i++ {
				walk(t.Method(i).Type(), depth+1)
			}
			walk(t.Underlying(), depth+1)
		case *types.Pointer:
			walk(t.Elem(), depth)
		case *types.Slice:
			walk(t.Elem(), depth)
		case *types.Map:
			walk(t.Key(), depth)
			walk(t.Elem(), depth)
		case *types.Signature:
			for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tu.Len(); i++ {
					walk(tu.At(i).Type(), depth)
				}
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type(), depth)
			}
		case *types.Interface:
			for i := 0; i < t.NumMethods(); i++ {
				walk(t.Method(i).Type(), depth)
			}
		}
	}
	for _, q := range imports {
		sc := q.Scope()
		for _, name := range sc.Names() {
			if obj := sc.Lookup(name); obj.Exported() {
				walk(obj.Type(), 0)
			}
			if found != nil {
				return found
			}
		}
	}
	return nil
}
