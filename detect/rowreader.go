package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlorm"
)

// RowReaderFact marks a function that reads the row of a query its
// caller ran (dex's scanOfflineSessions(s scanner), given q.QueryRow(...)):
// parameter Param is the row, scanned once, and the function returns
// sql.ErrNoRows as it came, or NotFoundErr (path.Name), a package-level
// error of the module's, under a not-found test of the scan's error.
type RowReaderFact struct {
	Param       int
	NotFoundErr string
	// NotFoundType, instead of NotFoundErr: the error type of the
	// module's the function returns a value of under that test
	// (sftpgo's return admin, util.NewRecordNotFoundError(err.Error())).
	NotFoundType string
}

// AFact implements analysis.Fact.
func (*RowReaderFact) AFact() {}

func (f *RowReaderFact) String() string {
	if f.NotFoundErr != "" {
		return "reads the row of parameter " + strconv.Itoa(f.Param) + ", not found: " + f.NotFoundErr
	}
	return "reads the row of parameter " + strconv.Itoa(f.Param)
}

// summarizeRowReaders exports a RowReaderFact for each row reader of the
// package.
func summarizeRowReaders(pass *analysis.Pass) {
	for fd, fn := range funcs(pass, false) {
		if fd.Body == nil || !returnsError(fn) {
			continue
		}
		if f := rowReader(pass, fd, fn); f != nil {
			pass.ExportObjectFact(fn, f)
		}
	}
}

// rowReader reads fd for summarizeRowReaders.
func rowReader(pass *analysis.Pass, fd *ast.FuncDecl, fn *types.Func) *RowReaderFact {
	info := pass.TypesInfo
	params := fn.Type().(*types.Signature).Params()
	param := -1
	for i := range params.Len() {
		if rowParam(params.At(i).Type()) {
			if param >= 0 {
				return nil
			}
			param = i
		}
	}
	if param < 0 {
		return nil
	}
	if sqlorm.IsRows(params.At(param).Type()) {
		if v := rowsSentinel(info, fd.Body, params.At(param)); v != nil {
			return &RowReaderFact{Param: param, NotFoundErr: v.Pkg().Path() + "." + v.Name()}
		}
		return nil
	}
	var scan *ast.CallExpr
	n := 0
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		if c, ok := x.(*ast.CallExpr); ok {
			if recv, name, ok := orm.Method(c); ok && name == "Scan" && orm.NameOf(info, recv) == params.At(param) {
				scan, n = c, n+1
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	if errorFlows(pass, fd.Body, scan) {
		return &RowReaderFact{Param: param}
	}
	if v, t := readerSentinel(info, fd.Body, scan); v != nil {
		return &RowReaderFact{Param: param, NotFoundErr: v.Pkg().Path() + "." + v.Name()}
	} else if t != "" {
		return &RowReaderFact{Param: param, NotFoundType: t}
	}
	return nil
}

// rowParam reports a *sql.Row (or sqlx's, pgx's), or an interface whose
// one method is Scan(...) error, as dex's scanner.
func rowParam(t types.Type) bool {
	if sqlorm.IsRow(t) || sqlorm.IsRows(t) {
		return true
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok || it.NumMethods() != 1 || it.Method(0).Name() != "Scan" {
		return false
	}
	sig := it.Method(0).Type().(*types.Signature)
	return sig.Variadic() && sig.Results().Len() == 1 && isErrorType(sig.Results().At(0).Type())
}

// readerSentinel returns the package-level error a row reader returns
// under a not-found test of the scan's error (if err == sql.ErrNoRows {
// return o, storage.ErrNotFound }), when every other return either
// returns no error or comes after such a test returned (return o,
// fmt.Errorf("select offline session: %v", err)): a failure, whatever it
// makes of the error. Nil otherwise; then typ, when every not-found return
// gives a value of one error type of the module's instead (a pointer to
// a struct: util.NewRecordNotFoundError(...)), names it.
func readerSentinel(info *types.Info, body *ast.BlockStmt, scan *ast.CallExpr) (_ *types.Var, typ string) {
	nf := notFoundReturns(info, body, scan)
	var sentinel *types.Var
	types_ := map[string]bool{}
	ok := true
	var visit func(list []ast.Stmt, afterNotFound bool)
	visit = func(list []ast.Stmt, afterNotFound bool) {
		for _, st := range list {
			ast.Inspect(st, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.BlockStmt:
					visit(n.List, afterNotFound)
					return false
				case *ast.ReturnStmt:
					if len(n.Results) == 0 {
						ok = false
						return false
					}
					last := n.Results[len(n.Results)-1]
					v, _ := orm.NameOf(info, last).(*types.Var)
					switch {
					case nf[n] && !isPkgVar(v) && sentinel == nil && ownErrType(info, last) != nil:
						types_[errTypeName(info.TypeOf(last))] = true
					case nf[n]:
						if !isPkgVar(v) || sentinel != nil && sentinel != v || len(types_) > 0 {
							ok = false
						}
						sentinel = v
					case info.Types[last].IsNil():
					case !afterNotFound || v != nil && v == sentinel:
						ok = false
					}
				}
				return ok
			})
			if is, isIf := st.(*ast.IfStmt); isIf && is.Else == nil && terminates(is.Body) && holdsReturn(is.Body, nf) {
				// past if err == sql.ErrNoRows { return ... }, or past
				// if err != nil { if err == sql.ErrNoRows { ... }; return ... }
				afterNotFound = true
			}
		}
	}
	visit(body.List, false)
	if !ok || len(types_) > 1 {
		return nil, ""
	}
	for t := range types_ {
		return nil, t
	}
	return sentinel, ""
}

// rowReaderLookup returns the lookup a call of a row reader makes: the
// query of the QueryRow it is given (scanOfflineSessions(q.QueryRow(
// ...))), with the reader's not-found error.
func (m *matcher) rowReaderLookup(call *ast.CallExpr) *orm.Lookup {
	r, ok := m.a.(orm.SQLReader)
	fn := callee(m.pass.TypesInfo, call)
	var f RowReaderFact
	if !ok || fn == nil || !m.pass.ImportObjectFact(fn, &f) || f.Param >= len(call.Args) {
		return nil
	}
	l := r.LookupRow(m.pass.TypesInfo, m.resolve, call, call.Args[f.Param])
	if l == nil {
		return nil
	}
	if f.NotFoundErr != "" && l.Kind == orm.ErrLookup {
		l.NotFoundErr = f.NotFoundErr
	}
	if f.NotFoundType != "" && l.Kind == orm.ErrLookup {
		l.NotFoundType = f.NotFoundType
	}
	return l
}

// holdsReturn reports whether b holds one of the returns in rs.
func holdsReturn(b *ast.BlockStmt, rs map[*ast.ReturnStmt]bool) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		if r, ok := n.(*ast.ReturnStmt); ok && rs[r] {
			found = true
		}
		return !found
	})
	return found
}

// rowsSentinel returns the package-level error a reader of rows returns
// when there is none (ntfy's readUser: if !rows.Next() { return nil,
// ErrUserNotFound }), a top-level if of its body, when its other returns
// return no error, or a failure after that if. Nil otherwise.
func rowsSentinel(info *types.Info, body *ast.BlockStmt, rows types.Object) *types.Var {
	var sentinel *types.Var
	var test *ast.IfStmt
	for _, st := range body.List {
		is, ok := st.(*ast.IfStmt)
		if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) != 1 {
			continue
		}
		not, ok := ast.Unparen(is.Cond).(*ast.UnaryExpr)
		if !ok || not.Op != token.NOT {
			continue
		}
		next, ok := ast.Unparen(not.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		recv, name, ok := orm.Method(next)
		r, isRet := is.Body.List[0].(*ast.ReturnStmt)
		if !ok || name != "Next" || orm.NameOf(info, recv) != rows || !isRet || len(r.Results) == 0 {
			continue
		}
		v, _ := orm.NameOf(info, r.Results[len(r.Results)-1]).(*types.Var)
		if !isPkgVar(v) {
			return nil
		}
		sentinel, test = v, is
		break
	}
	if test == nil {
		return nil
	}
	ok := everyReturn(body, func(r *ast.ReturnStmt) bool {
		if len(r.Results) == 0 {
			return false
		}
		last := r.Results[len(r.Results)-1]
		v, _ := orm.NameOf(info, last).(*types.Var)
		return test.Body.List[0] == r || info.Types[last].IsNil() || r.Pos() > test.Pos() && v != sentinel
	})
	if !ok {
		return nil
	}
	return sentinel
}
