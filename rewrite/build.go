package rewrite

import (
	"go/token"
	"go/types"
	"reflect"

	"github.com/dave/dst"
)

// Small constructors for the dst nodes a fix adds. Every call returns a new
// node: dst nodes must not be shared between two places in a tree.

func ident(name string) *dst.Ident { return dst.NewIdent(name) }

func sel(x dst.Expr, name string) *dst.SelectorExpr {
	return &dst.SelectorExpr{X: x, Sel: ident(name)}
}

func call(fun dst.Expr, args ...dst.Expr) *dst.CallExpr {
	return &dst.CallExpr{Fun: fun, Args: args}
}

func binary(x dst.Expr, op string, y dst.Expr) *dst.BinaryExpr {
	return &dst.BinaryExpr{X: x, Op: tok(op), Y: y}
}

func assign(lhs []dst.Expr, op string, rhs ...dst.Expr) *dst.AssignStmt {
	return &dst.AssignStmt{Lhs: lhs, Tok: tok(op), Rhs: rhs}
}

func block(stmts ...dst.Stmt) *dst.BlockStmt { return &dst.BlockStmt{List: stmts} }

func ifStmt(init dst.Stmt, cond dst.Expr, body *dst.BlockStmt, els dst.Stmt) *dst.IfStmt {
	return &dst.IfStmt{Init: init, Cond: cond, Body: body, Else: els}
}

func exprs(xs ...dst.Expr) []dst.Expr { return xs }

func clone[T dst.Node](n T) T { return dst.Clone(n).(T) }

// bare is clone without the comments: a copy of the user's code that the
// fix adds (FirstOrCreate run again on the way back) does not repeat its
// comments.
func bare[T dst.Node](n T) T {
	c := clone(n)
	dst.Inspect(c, func(x dst.Node) bool {
		if x == nil {
			return false
		}
		decs := reflect.ValueOf(x).Elem().FieldByName("Decs")
		if !decs.IsValid() {
			return true
		}
		stripComments(decs)
		return true
	})
	return c
}

// flat is bare on one line: a handle or a context the fix names again in
// a statement of its own (tx.Exec(ctx, "SAVEPOINT ...")) keeps none of
// the line breaks of the multi-line call it came from.
func flat[T dst.Node](n T) T {
	c := bare(n)
	dst.Inspect(c, func(x dst.Node) bool {
		if x == nil {
			return false
		}
		x.Decorations().Before, x.Decorations().After = dst.None, dst.None
		return true
	})
	return c
}

// stripComments empties every dst.Decorations in v, a node's Decs.
func stripComments(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			stripComments(v.Field(i))
		}
	case reflect.Slice:
		if v.Type() == reflect.TypeOf(dst.Decorations{}) && v.CanSet() {
			v.Set(reflect.Zero(v.Type()))
		}
	}
}

var tokens = map[string]token.Token{
	"==": token.EQL, "!=": token.NEQ, "&&": token.LAND, "||": token.LOR, ">": token.GTR,
	"=": token.ASSIGN, ":=": token.DEFINE,
}

func tok(op string) token.Token { return tokens[op] }

// zero returns the zero value of t as an expression, or nil for a type
// with no literal zero value that the fix can write (an array).
func (e *editor) zero(t types.Type) dst.Expr {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return ident("false")
		case u.Info()&types.IsString != 0:
			return &dst.BasicLit{Kind: token.STRING, Value: `""`}
		case u.Info()&types.IsNumeric != 0:
			return &dst.BasicLit{Kind: token.INT, Value: "0"}
		case u.Kind() == types.UnsafePointer || u.Kind() == types.UntypedNil:
			return ident("nil")
		}
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return ident("nil")
	case *types.Struct:
		if _, ok := types.Unalias(t).(*types.Named); ok {
			if te := e.typeExpr(t); te != nil {
				return &dst.CompositeLit{Type: te}
			}
		}
	}
	return nil
}

// typeExpr writes t as a type expression (its package imported by path),
// or nil for a type the fix does not spell (a function type, a generic).
func (e *editor) typeExpr(t types.Type) dst.Expr {
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		if x := e.typeExpr(u.Elem()); x != nil {
			return &dst.StarExpr{X: x}
		}
	case *types.Slice:
		if x := e.typeExpr(u.Elem()); x != nil {
			return &dst.ArrayType{Elt: x}
		}
	case *types.Basic:
		return ident(u.Name())
	case *types.Interface:
		if u.Empty() { // a data layer's `entity interface{}`
			return &dst.InterfaceType{Methods: &dst.FieldList{Opening: true, Closing: true}}
		}
	case *types.Named:
		if u.TypeArgs().Len() > 0 {
			return nil
		}
		obj := u.Obj()
		if obj.Pkg() == nil || obj.Pkg() == e.pkg.Types {
			return ident(obj.Name())
		}
		return &dst.Ident{Name: obj.Name(), Path: obj.Pkg().Path()}
	}
	return nil
}
