package detect

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The fix makes the caller that loses the race run its lookup again, so
// whatever it did on the not-found path before its insert failed runs
// once more than in the serial run. That is harmless only for code with no
// effect outside the function's own variables: this file decides which
// code is such.

// pureCallPkgs are packages whose functions, and the methods of whose
// types, have no effect outside their arguments and results.
var pureCallPkgs = map[string]bool{
	"strings": true, "strconv": true, "bytes": true, "unicode": true, "unicode/utf8": true,
	"math": true, "time": true, "errors": true, "sort": true, "slices": true, "maps": true,
	"path": true, "path/filepath": true, "net/url": true, "regexp": true, "encoding/json": true,
	"encoding/hex": true, "encoding/base64": true, "crypto/sha256": true, "crypto/sha1": true,
	"crypto/md5": true, "hash/fnv": true, "hash/crc32": true, "crypto/rand": true, "math/rand": true,
	"math/rand/v2": true, "database/sql": true, "github.com/google/uuid": true, "github.com/gofrs/uuid": true,
	"github.com/gofrs/uuid/v5": true, "github.com/satori/go.uuid": true, "github.com/oklog/ulid/v2": true,
	"golang.org/x/crypto/bcrypt": true, "github.com/lib/pq": true, "gorm.io/datatypes": true,
}

// pureFmt are the fmt functions that only format.
var pureFmt = map[string]bool{"Sprint": true, "Sprintf": true, "Sprintln": true, "Errorf": true}

// effects judges code on the not-found path of one package.
type effects struct {
	info  *types.Info
	decls map[*types.Func]*ast.FuncDecl // functions of the package, for calls of them
	seen  map[*types.Func]bool          // pure, or being checked (recursion counts as pure)
	allow func(*types.Func) bool        // more functions to count as pure, while judging a hook
}

func newEffects(info *types.Info, files []*ast.File) *effects {
	ef := &effects{info: info, decls: map[*types.Func]*ast.FuncDecl{}, seen: map[*types.Func]bool{}}
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := info.Defs[fd.Name].(*types.Func); ok {
					ef.decls[fn] = fd
				}
			}
		}
	}
	return ef
}

// stmt returns what in s has an effect beyond local variables, or "".
func (ef *effects) stmt(s ast.Stmt) string {
	switch s := s.(type) {
	case *ast.AssignStmt:
		for _, x := range append(append([]ast.Expr{}, s.Lhs...), s.Rhs...) {
			if why := ef.expr(x); why != "" {
				return why
			}
		}
		for _, l := range s.Lhs {
			if why := ef.global(l); why != "" {
				return why
			}
		}
		return ""
	case *ast.DeclStmt:
		return ef.node(s)
	case *ast.IncDecStmt:
		if why := ef.global(s.X); why != "" {
			return why
		}
		return ef.expr(s.X)
	case *ast.EmptyStmt:
		return ""
	case *ast.ExprStmt:
		return ef.expr(s.X)
	case *ast.GoStmt:
		return "starts a goroutine"
	case *ast.DeferStmt:
		return "defers a call"
	case *ast.SendStmt:
		return "sends on a channel"
	}
	return "runs a statement whose effects upsertfix cannot judge"
}

func (ef *effects) expr(x ast.Expr) string { return ef.node(x) }

// global returns why writing to x has an effect outside the function: x
// is (a part of) a package-level variable.
func (ef *effects) global(x ast.Expr) string {
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			if _, isPkg := ef.info.Uses[identOf(e.X)].(*types.PkgName); isPkg {
				return "writes the package variable " + types.ExprString(e)
			}
			x = e.X
			continue
		case *ast.IndexExpr:
			x = e.X
			continue
		case *ast.StarExpr:
			x = e.X
			continue
		case *ast.Ident:
			if v, ok := ef.info.Uses[e].(*types.Var); ok && v.Parent() != nil && v.Parent() == v.Pkg().Scope() {
				return "writes the package variable " + e.Name
			}
		}
		return ""
	}
}

func identOf(x ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(x).(*ast.Ident)
	return id
}

// node returns the first call or receive in n that may have an effect.
func (ef *effects) node(n ast.Node) string {
	why := ""
	ast.Inspect(n, func(n ast.Node) bool {
		if why != "" {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // defining a function does nothing; calling it is judged at the call
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				why = "receives from a channel"
			}
		case *ast.CallExpr:
			if !ef.pureCall(n) {
				why = "calls " + callName(n)
			}
		}
		return why == ""
	})
	return why
}

func callName(c *ast.CallExpr) string {
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		if x, ok := ast.Unparen(f.X).(*ast.Ident); ok {
			return x.Name + "." + f.Sel.Name
		}
		return f.Sel.Name
	}
	return "a function value"
}

// pureCall reports whether a call has no effect outside its arguments and
// result: a conversion, a builtin other than panic, a function of
// pureCallPkgs, or a function of this package whose body is pure.
func (ef *effects) pureCall(c *ast.CallExpr) bool {
	if tv, ok := ef.info.Types[c.Fun]; ok && tv.IsType() {
		return true
	}
	if sig, ok := ef.info.TypeOf(c.Fun).(*types.Signature); ok && errorTest(sig) {
		return true
	}
	var id *ast.Ident
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.IndexExpr: // generic instantiation f[T]
		if i, ok := ast.Unparen(f.X).(*ast.Ident); ok {
			id = i
		}
	default:
		return false
	}
	switch obj := ef.info.Uses[id].(type) {
	case *types.Builtin:
		switch obj.Name() {
		case "panic", "print", "println", "close", "clear":
			return false
		}
		return true
	case *types.Func:
		if ef.allow != nil && ef.allow(obj) {
			return true
		}
		if obj.Pkg() == nil {
			return obj.Name() == "Error" // error.Error()
		}
		if classifiesError(obj) {
			return true
		}
		path := obj.Pkg().Path()
		switch {
		case path == "fmt":
			return pureFmt[obj.Name()]
		case pureCallPkgs[path]:
			return true
		}
		return ef.pureFunc(obj.Origin())
	}
	return false
}

// pureFunc reports whether fn, declared in this package, runs only pure
// statements.
func (ef *effects) pureFunc(fn *types.Func) bool {
	if pure, ok := ef.seen[fn]; ok {
		return pure
	}
	d := ef.decls[fn]
	if d == nil {
		return false
	}
	ef.seen[fn] = true // assume pure while checking its body (recursion)
	pure := ef.block(d.Body.List) == ""
	ef.seen[fn] = pure
	return pure
}

// block judges a whole function body: control flow is allowed, its
// conditions and simple statements must be pure.
func (ef *effects) block(list []ast.Stmt) string {
	for _, s := range list {
		var why string
		switch s := s.(type) {
		case *ast.ReturnStmt:
			for _, r := range s.Results {
				if why = ef.expr(r); why != "" {
					break
				}
			}
		case *ast.IfStmt:
			if s.Init != nil {
				why = ef.stmt(s.Init)
			}
			if why == "" {
				why = ef.expr(s.Cond)
			}
			if why == "" {
				why = ef.block(s.Body.List)
			}
			if why == "" && s.Else != nil {
				why = ef.block([]ast.Stmt{s.Else})
			}
		case *ast.BlockStmt:
			why = ef.block(s.List)
		case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
			why = ef.node(s)
		case *ast.BranchStmt:
		default:
			why = ef.stmt(s)
		}
		if why != "" {
			return why
		}
	}
	return ""
}

// assigned returns the variables a statement writes: the roots of its
// left-hand sides (u for u.Name = x), and what its calls receive by
// address.
func assigned(info *types.Info, s ast.Node) []types.Object {
	var out []types.Object
	add := func(x ast.Expr) {
		for {
			switch e := ast.Unparen(x).(type) {
			case *ast.SelectorExpr:
				x = e.X
				continue
			case *ast.IndexExpr:
				x = e.X
				continue
			case *ast.StarExpr:
				x = e.X
				continue
			case *ast.UnaryExpr:
				x = e.X
				continue
			case *ast.Ident:
				if o := info.ObjectOf(e); o != nil {
					out = append(out, o)
				}
			}
			return
		}
	}
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				add(l)
			}
		case *ast.IncDecStmt:
			add(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				add(n.X)
			}
		}
		return true
	})
	return out
}

// classifiesError reports an error test, func(error) bool, such as ent's
// generated IsNotFound or Prisma's IsErrNotFound.
func classifiesError(fn *types.Func) bool { return errorTest(fn.Type().(*types.Signature)) }

func errorTest(sig *types.Signature) bool {
	if sig.Recv() != nil || sig.Params().Len() != 1 || sig.Results().Len() != 1 {
		return false
	}
	b, ok := sig.Results().At(0).Type().(*types.Basic)
	return ok && b.Kind() == types.Bool && types.Identical(sig.Params().At(0).Type(), types.Universe.Lookup("error").Type())
}
