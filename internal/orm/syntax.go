package orm

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"
)

// Helpers the adapters share for reading calls and types.

// Method splits call into receiver and method name when call is x.M(...).
func Method(call *ast.CallExpr) (recv ast.Expr, name string, ok bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, "", false
	}
	return sel.X, sel.Sel.Name, true
}

// Callee returns the object a call's function names (a func, or a var of
// func type such as Prisma's IsErrNotFound), or nil.
func Callee(info *types.Info, call *ast.CallExpr) types.Object {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return info.Uses[f.Sel]
	case *ast.Ident:
		return info.Uses[f]
	}
	return nil
}

// Uses reports whether e is an identifier that refers to obj.
func Uses(info *types.Info, e ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && obj != nil && info.Uses[id] == obj
}

// Named returns the named type behind t or *t, or nil.
func Named(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// ConflictHelper reports whether n calls a function whose name says it
// tests for a unique violation (isDuplicate, IsConstraintError,
// IsErrUniqueConstraint, ...), or compares with a driver's code for one:
// the SQLSTATE "23505" (a literal or a constant such as
// pgerrcode.UniqueViolation, with *pgconn.PgError or *pq.Error), MySQL's
// error number 1062, or SQLite's extended codes 2067 and 1555.
func ConflictHelper(info *types.Info, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if obj := Callee(info, n); obj != nil {
				name := strings.ToLower(obj.Name())
				for _, w := range []string{"duplicate", "uniqueviolation", "uniqueconstraint", "constrainterror"} {
					found = found || strings.Contains(name, w)
				}
			}
		case *ast.BinaryExpr:
			if n.Op == token.EQL || n.Op == token.NEQ {
				found = uniqueCode(info, n.X) || uniqueCode(info, n.Y)
			}
		case *ast.BasicLit:
			found = found || n.Value == `"23505"`
		case *ast.Ident:
			found = found || conflictSentinel(info.Uses[n])
		}
		return !found
	})
	return found
}

// conflictSentinel reports a package-level error variable named for a
// unique violation (ErrDuplicate, ErrAlreadyExists): what a data layer
// maps a driver's unique violation to (gotosocial's db.ErrAlreadyExists).
func conflictSentinel(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !types.Implements(v.Type(), ErrorInterface) {
		return false
	}
	name := strings.ToLower(v.Name())
	for _, w := range []string{"duplicate", "alreadyexist", "uniqueviolation", "uniqueconstraint"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// ErrorInterface is the interface of the type error.
var ErrorInterface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// IsErrorType reports the type error itself.
func IsErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// uniqueCode reports a constant that is a driver's unique-violation code.
func uniqueCode(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return false
	}
	switch tv.Value.Kind() {
	case constant.String:
		return constant.StringVal(tv.Value) == "23505"
	case constant.Int:
		v, _ := constant.Int64Val(tv.Value)
		return v == 1062 || v == 2067 || v == 1555
	}
	return false
}

// LitOf returns the composite literal of T{...} or &T{...}, or nil.
func LitOf(e ast.Expr) *ast.CompositeLit {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, _ := e.(*ast.CompositeLit)
	return lit
}

// LitFields returns the field names a composite literal T{...} or
// &T{...} sets by key, or nil when e is no such literal.
func LitFields(e ast.Expr) map[string]bool {
	lit := LitOf(e)
	if lit == nil {
		return nil
	}
	set := map[string]bool{}
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				set[id.Name] = true
			}
		}
	}
	return set
}

// StringConst returns the value of e when it is a string constant.
func StringConst(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// CountCond answers a comparison of a lookup's count or bool with a
// constant: n == 0, n > 0, n != 0, n < 1, n >= 1, ok == true, ok !=
// false. A count or bool is zero, or false, when the query failed.
func CountCond(op token.Token, v constant.Value) (whenTrue, whenFalse Outcome, ok bool) {
	rest := func(x Outcome) (Outcome, Outcome, bool) { return x, All &^ x, true }
	switch v.Kind() {
	case constant.Int:
		zero := constant.Sign(v) == 0
		one := constant.Compare(v, token.EQL, constant.MakeInt64(1))
		switch {
		case zero && (op == token.EQL || op == token.LEQ), one && op == token.LSS:
			return rest(NotFound | Failed)
		case zero && (op == token.NEQ || op == token.GTR), one && op == token.GEQ:
			return rest(Found)
		}
	case constant.Bool:
		want := constant.BoolVal(v)
		if op == token.NEQ {
			want = !want
		}
		if want {
			return rest(Found)
		}
		return rest(NotFound | Failed)
	}
	return 0, 0, false
}

// NameOf returns the object e names: an identifier's, or the selected
// name's of x.Name and pkg.Name; nil for anything else.
func NameOf(info *types.Info, e ast.Expr) types.Object {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.Uses[x]
	case *ast.SelectorExpr:
		return info.Uses[x.Sel]
	}
	return nil
}

// StructOf is the named struct t is or points to, or nil.
func StructOf(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return nil
	}
	return n
}

// SliceStruct is T of []T, []*T or a pointer to one, or nil.
func SliceStruct(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return nil
	}
	return StructOf(s.Elem())
}

// IsLenOf reports whether e is len(rows) for the destination of a rows
// lookup (GORM's and xorm's Find): len(rows) == 0 is not found.
func IsLenOf(info *types.Info, e ast.Expr, b *Binding) bool {
	c, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(c.Args) != 1 || b.Dest == nil || b.Lookup.Kind != RowsLookup {
		return false
	}
	if fn, ok := ast.Unparen(c.Fun).(*ast.Ident); !ok || info.Uses[fn] != types.Universe.Lookup("len") {
		return false
	}
	return Uses(info, c.Args[0], b.Dest)
}

// IsErrorsIs reports a call of errors.Is with its two arguments.
func IsErrorsIs(info *types.Info, c *ast.CallExpr) bool {
	fn, ok := Callee(info, c).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Name() != "Is" || len(c.Args) != 2 {
		return false
	}
	// the standard library's, or an errors package's that forwards to
	// it with the same signature (github.com/pkg/errors,
	// golang.org/x/xerrors, github.com/cockroachdb/errors)
	path := fn.Pkg().Path()
	base := path[strings.LastIndex(path, "/")+1:]
	sig := fn.Type().(*types.Signature)
	return path == "errors" || (base == "errors" || base == "xerrors") && sig.Recv() == nil && sig.Params().Len() == 2 && sig.Results().Len() == 1
}

// IsZeroConst reports a constant that is its type's zero value: 0, "",
// false; false for nil (an expression that is not a constant).
func IsZeroConst(v constant.Value) bool {
	if v == nil {
		return false // not a constant
	}
	switch v.Kind() {
	case constant.String:
		return constant.StringVal(v) == ""
	case constant.Int, constant.Float:
		return constant.Sign(v) == 0
	case constant.Bool:
		return !constant.BoolVal(v)
	}
	return false
}
