// Package sqlorm is the vocabulary of the get-or-create matcher for Go's
// SQL layers without an ORM: database/sql, github.com/jmoiron/sqlx,
// github.com/jackc/pgx (v4 and v5, pool, conn and tx), and the code sqlc
// generates on any of them.
//
//	err := db.QueryRowContext(ctx, "SELECT id FROM users WHERE email = $1", email).Scan(&id)
//	if errors.Is(err, sql.ErrNoRows) {
//		_, err = db.ExecContext(ctx, "INSERT INTO users (email) VALUES ($1)", email)
//	}
//
// A lookup is the Scan of a QueryRow (or sqlx's Get) whose SQL is a
// SELECT of one table; a create is an Exec (or sqlx's NamedExec, or a
// QueryRow ... RETURNING) whose SQL is an INSERT. Calls are recognized by
// their result types (*sql.Row, pgx.Row, sql.Result, pgconn.CommandTag),
// so a query through an interface of the project's own (sqlc's DBTX, a
// repository's "Querier") counts too. The SQL must be a constant (a
// literal, a const, or a concatenation of them) or a local variable
// defined by one; the statement is read by sqltext.go.
//
// A table is the model: a named type of a package of its own, one per
// table and per schema (the directory whose SQL declares it), so that a
// lookup and a create of the same table match wherever they are written.
// Its unique keys come from the project's SQL (package sqlschema).
package sqlorm

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/upsertfix/upsertfix/internal/orm"
	"github.com/upsertfix/upsertfix/internal/sqlschema"
)

// Import paths of the layers.
const (
	SQLPath   = "database/sql"
	SqlxPath  = "github.com/jmoiron/sqlx"
	PgxPath   = "github.com/jackc/pgx/v5"
	Pgx4Path  = "github.com/jackc/pgx/v4"
	PgconnV5  = "github.com/jackc/pgx/v5/pgconn"
	PgconnV4  = "github.com/jackc/pgconn"
	PgxPool5  = "github.com/jackc/pgx/v5/pgxpool"
	PgxPool4  = "github.com/jackc/pgx/v4/pgxpool"
	modelPath = "upsertfix.sql"
)

// Adapter is the SQL layers' vocabulary.
type Adapter struct {
	fset *token.FileSet
	idx  *index
}

// New returns the adapter for a package: a table's schema is read near
// the file that queries it, and the statements the package prepares are
// indexed (index.go).
func New(fset *token.FileSet, files []*ast.File, info *types.Info) Adapter {
	return Adapter{fset: fset, idx: &index{fset: fset, files: files, info: info}}
}

// reader reads the SQL of calls: through the resolver of a function's
// locals, and the index of the package's prepared statements.
type reader struct {
	info    *types.Info
	resolve orm.Resolver
	idx     *index
}

// Name implements orm.Adapter.
func (Adapter) Name() string { return "sql" }

// Triggers implements orm.Adapter.
func (Adapter) Triggers(path string) bool { return IsPath(path) }

// IsPath reports a package of one of the SQL layers.
func IsPath(path string) bool {
	switch path {
	case SQLPath, SqlxPath, PgxPath, Pgx4Path, PgxPool5, PgxPool4, PgconnV5, PgconnV4:
		return true
	}
	return false
}

// named returns the package path and name of the named type t is or
// points to.
func named(t types.Type) (string, string) {
	if t == nil {
		return "", ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return "", ""
	}
	return n.Obj().Pkg().Path(), n.Obj().Name()
}

// IsRow reports the result of a QueryRow: *sql.Row, *sqlx.Row, pgx.Row.
func IsRow(t types.Type) bool {
	path, name := named(t)
	switch {
	case path == SQLPath && name == "Row", path == SqlxPath && name == "Row":
		return true
	case (path == PgxPath || path == Pgx4Path) && name == "Row":
		return true
	}
	return false
}

// IsRows reports the result of a Query: *sql.Rows, *sqlx.Rows, pgx.Rows.
func IsRows(t types.Type) bool {
	if tup, ok := t.(*types.Tuple); ok && tup.Len() > 0 {
		t = tup.At(0).Type()
	}
	path, name := named(t)
	return name == "Rows" && (path == SQLPath || path == SqlxPath || path == PgxPath || path == Pgx4Path)
}

// isExecResult reports the first result of an Exec: sql.Result or
// pgconn.CommandTag.
func isExecResult(t types.Type) bool {
	path, name := named(t)
	return path == SQLPath && name == "Result" || (path == PgconnV5 || path == PgconnV4) && name == "CommandTag"
}

// query is one SQL call: its statement and its arguments.
type query struct {
	call *ast.CallExpr // the call that takes the SQL
	sql  ast.Expr
	stmt *Stmt
	args []ast.Expr // the arguments after the SQL
	// spread: the arguments end in args... (their values are unknown)
	spread bool
	named  bool // sqlx's Named*: one struct or map argument
}

// arg returns the expression bound to p, or nil.
func (q *query) arg(p Param) ast.Expr {
	if p.Index < 0 || q.spread && p.Index >= len(q.args)-1 || p.Index >= len(q.args) {
		return nil
	}
	return q.args[p.Index]
}

// sqlCall reads a call that takes SQL: the first argument of type string
// that is a constant (or a local defined by one), after an optional
// context and, for sqlx's Get, a destination.
//
// A prepared statement's call (stmt.QueryRowContext(ctx, id)) takes no
// SQL: the index gives it, and the arguments follow the context (and,
// for sqlx's Get, the destination: from).
func (r reader) sqlCall(call *ast.CallExpr, from int) *query {
	info, resolve := r.info, r.resolve
	if recv, _, ok := orm.Method(call); ok && isStmt(info.TypeOf(recv)) {
		s, ok := r.idx.stmt(info, recv)
		if id, isID := ast.Unparen(recv).(*ast.Ident); !ok && isID && resolve != nil {
			// stmt := sqlutil.TxStmt(txn, s.selectStmt); stmt.QueryRowContext(...)
			if def := resolve(id); def != nil {
				s, ok = r.idx.stmt(info, def)
			}
		}
		if !ok {
			return nil
		}
		i := from
		if i == 0 && len(call.Args) > 0 && IsContext(info.TypeOf(call.Args[0])) {
			i = 1
		}
		if i > len(call.Args) {
			return nil
		}
		return &query{call: call, sql: recv, stmt: Parse(s), args: call.Args[i:], spread: call.Ellipsis.IsValid()}
	}
	for i := from; i < len(call.Args) && i <= from+2; i++ {
		tv, ok := info.Types[call.Args[i]]
		if !ok || !isString(tv.Type) {
			continue
		}
		s, ok := r.idx.sqlText(info, call.Args[i])
		if !ok && resolve != nil {
			if def := resolve(call.Args[i]); def != nil {
				s, ok = r.idx.sqlText(info, def)
			}
		}
		if !ok {
			return nil
		}
		return &query{call: call, sql: call.Args[i], stmt: Parse(s), args: call.Args[i+1:], spread: call.Ellipsis.IsValid()}
	}
	return nil
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// queryRow returns the QueryRow call x is (or a local defined by one).
func (r reader) queryRow(x ast.Expr) *query { return r.queryOf(x, IsRow, "QueryRow") }

// queryRows returns the Query call x is (rows, err := a.db.Query(...),
// ntfy's user manager, given to a.readUser(rows)).
func (r reader) queryRows(x ast.Expr) *query { return r.queryOf(x, IsRows, "Query") }

// queryOf returns the call x is (or a local defined by one) of a method
// named prefix... whose result is (first) of a type isResult accepts.
func (r reader) queryOf(x ast.Expr, isResult func(types.Type) bool, prefix string) *query {
	x = ast.Unparen(x)
	if id, ok := x.(*ast.Ident); ok && r.resolve != nil {
		if def := r.resolve(id); def != nil {
			x = ast.Unparen(def)
		}
	}
	call, ok := x.(*ast.CallExpr)
	if !ok || !isResult(r.info.TypeOf(call)) {
		return nil
	}
	if _, name, ok := orm.Method(call); !ok || !strings.HasPrefix(name, prefix) {
		return nil
	}
	return r.sqlCall(call, 0)
}

// scanned reads row.Scan(dests...) of a QueryRow: the query and its
// destinations.
func (r reader) scanned(call *ast.CallExpr) *query {
	info := r.info
	recv, name, ok := orm.Method(call)
	if !ok || (name != "Scan" && name != "StructScan") || !IsRow(info.TypeOf(recv)) {
		return nil
	}
	return r.queryRow(recv)
}

// sqlxGet reads sqlx's Get and GetContext (methods of sqlx's types, or
// its package functions): the query and the destination.
func (r reader) sqlxGet(call *ast.CallExpr) (*query, ast.Expr) {
	info := r.info
	fn, ok := orm.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != SqlxPath && !sqlxShaped(fn) {
		return nil, nil
	}
	method := fn.Type().(*types.Signature).Recv() != nil
	var dest int
	switch name := strings.TrimPrefix(fn.Name(), "Select"); {
	case name != fn.Name() && name != "" && name != "Context":
		return nil, nil
	case (fn.Name() == "Get" || fn.Name() == "Select") && method:
		dest = 0
	case (fn.Name() == "GetContext" || fn.Name() == "SelectContext") && method:
		dest = 1
	case fn.Name() == "Get" || fn.Name() == "Select": // sqlx.Get(q, dest, query, args...)
		dest = 1
	case fn.Name() == "GetContext" || fn.Name() == "SelectContext":
		dest = 2
	default:
		return nil, nil
	}
	if len(call.Args) <= dest {
		return nil, nil
	}
	if recv, _, ok := orm.Method(call); ok && isStmt(info.TypeOf(recv)) {
		// stmt.Get(&dest, args...): no SQL argument
		if q := r.sqlCall(call, dest+1); q != nil {
			return q, call.Args[dest]
		}
		return nil, nil
	}
	q := r.sqlCall(call, dest+1)
	if q == nil || q.sql != call.Args[dest+1] {
		return nil, nil
	}
	return q, call.Args[dest]
}

// sqlxShaped reports a method of an interface of the module's that
// declares sqlx's Get, GetContext, Select or SelectContext itself, with
// sqlx's signature ([ctx,] dest any, query string, args ...any) error:
// a *sqlx.DB behind an interface for mocks (authelia's SQLXConnection).
func sqlxShaped(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) || !sig.Variadic() {
		return false
	}
	switch fn.Name() {
	case "Get", "Select", "GetContext", "SelectContext":
	default:
		return false
	}
	ps := sig.Params()
	i := 0
	if strings.HasSuffix(fn.Name(), "Context") {
		if ps.Len() == 0 || !IsContext(ps.At(0).Type()) {
			return false
		}
		i = 1
	}
	if ps.Len() != i+3 || sig.Results().Len() != 1 || !orm.IsErrorType(sig.Results().At(0).Type()) {
		return false
	}
	return types.IsInterface(ps.At(i).Type()) && isString(ps.At(i+1).Type())
}

// Lookup implements orm.Adapter.
func (a Adapter) Lookup(info *types.Info, call *ast.CallExpr) *orm.Lookup {
	return a.LookupResolved(info, call, nil)
}

// LookupResolved implements orm.LookupResolver: row := db.QueryRow(...)
// then row.Scan(...), and a query held in a local.
func (a Adapter) LookupResolved(info *types.Info, call *ast.CallExpr, resolve orm.Resolver) *orm.Lookup {
	r := reader{info: info, resolve: resolve, idx: a.idx}
	q := r.scanned(call)
	var dest ast.Expr
	if q == nil {
		q, dest = r.sqlxGet(call)
	} else if len(call.Args) == 1 {
		dest = call.Args[0]
	}
	if q == nil {
		return r.paramLookup(call)
	}
	return a.lookupOf(info, call, q, dest)
}

// LookupRow implements orm.SQLReader: scanOfflineSessions(q.QueryRow(
// "select ... from offline_session where user_id = $1 ...", ...)), dex.
func (a Adapter) LookupRow(info *types.Info, resolve orm.Resolver, call *ast.CallExpr, row ast.Expr) *orm.Lookup {
	r := reader{info: info, resolve: resolve, idx: a.idx}
	q := r.queryRow(row)
	if q == nil {
		q = r.queryRows(row)
	}
	if q == nil {
		return nil
	}
	return a.lookupOf(info, call, q, nil)
}

// lookupOf makes the lookup of query q, read by call into dest.
func (a Adapter) lookupOf(info *types.Info, call *ast.CallExpr, q *query, dest ast.Expr) *orm.Lookup {
	if q.stmt.Kind != Select || q.stmt.Table == "" {
		return nil
	}
	st := q.stmt
	l := &orm.Lookup{Call: call, Kind: orm.ErrLookup, Model: a.table(call.Pos(), st.Table), NotFoundErr: SQLPath + ".ErrNoRows"}
	if path, _ := named(info.TypeOf(q.call)); path == PgxPath || path == Pgx4Path {
		l.NotFoundErr = path + ".ErrNoRows"
	}
	l.Dest = dest // the one destination of Scan(&x), or sqlx's Get
	switch {
	case st.Exists:
		l.Kind, l.Dest = orm.ExistLookup, dest
	case st.Count:
		l.Kind, l.Dest = orm.CountLookup, dest
	case strings.HasPrefix(callName(call), "Select"):
		// sqlx's Select into a slice: no error when nothing matched,
		// an empty slice (len(rows) == 0)
		l.Kind, l.Dest = orm.RowsLookup, dest
	}
	if st.True && l.Kind == orm.ErrLookup && dest != nil {
		if u, ok := ast.Unparen(dest).(*ast.UnaryExpr); ok && u.Op == token.AND && isBoolType(info.TypeOf(u.X)) {
			l.TrueWhenFound = true
		}
	}
	if st.KeyErr != "" {
		l.KeyErr = st.KeyErr
		return l
	}
	l.Key, l.Pins = st.Key, st.Pins
	for _, v := range st.Vals {
		l.Values = append(l.Values, q.arg(v))
	}
	return l
}

// paramLookup reads db.QueryRow(query, args...).Scan(...) whose SQL is
// a variable of string type that holds no constant (a parameter of the
// function): a lookup of unknown table, for summaries (orm.Lookup.SQL).
func (r reader) paramLookup(call *ast.CallExpr) *orm.Lookup {
	info := r.info
	recv, name, ok := orm.Method(call)
	if !ok || name != "Scan" || !IsRow(info.TypeOf(recv)) {
		return nil
	}
	qr, ok := ast.Unparen(recv).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if _, name, ok := orm.Method(qr); !ok || !strings.HasPrefix(name, "QueryRow") {
		return nil
	}
	i := 0
	if len(qr.Args) > 0 && IsContext(info.TypeOf(qr.Args[0])) {
		i = 1
	}
	if i >= len(qr.Args) || !isString(info.TypeOf(qr.Args[i])) {
		return nil
	}
	// (only where a resolver says the variable has no definition of
	// its own: a parameter, to summarize; not for a bare reading)
	if id, isID := ast.Unparen(qr.Args[i]).(*ast.Ident); !isID || r.resolve == nil || r.resolve(id) != nil {
		return nil
	}
	l := &orm.Lookup{Call: call, Kind: orm.ErrLookup, NotFoundErr: SQLPath + ".ErrNoRows", KeyErr: "the SQL is the caller's",
		SQL: qr.Args[i], SQLArgs: qr.Args[i+1:], SQLSpread: qr.Ellipsis.IsValid()}
	if path, _ := named(info.TypeOf(qr)); path == PgxPath || path == Pgx4Path {
		l.NotFoundErr = path + ".ErrNoRows"
	}
	if len(call.Args) == 1 {
		l.Dest = call.Args[0]
	}
	return l
}

// LookupSQL implements orm.SQLReader: the lookup a helper that runs
// sql with args makes, when sql is constant here.
func (a Adapter) LookupSQL(info *types.Info, resolve orm.Resolver, call *ast.CallExpr, sql ast.Expr, args []ast.Expr, spread bool) *orm.Lookup {
	r := reader{info: info, resolve: resolve, idx: a.idx}
	s, ok := r.idx.sqlText(info, sql)
	if !ok && resolve != nil {
		if def := resolve(sql); def != nil {
			s, ok = r.idx.sqlText(info, def)
		}
	}
	if !ok {
		return nil
	}
	q := &query{call: call, sql: sql, stmt: Parse(s), args: args, spread: spread}
	l := a.lookupOf(info, call, q, nil)
	if l != nil && l.Kind != orm.ErrLookup {
		return nil // a count or an existence query: the helper scans a row
	}
	return l
}

// Create implements orm.Adapter: an Exec of an INSERT (or sqlx's
// NamedExec, MustExec), or a QueryRow of an INSERT ... RETURNING.
func (a Adapter) Create(info *types.Info, call *ast.CallExpr) *orm.Create {
	return a.CreateResolved(info, call, nil)
}

// CreateResolved implements orm.CreateResolver: row := db.QueryRow(
// "INSERT ... RETURNING id", ...) then row.Scan(&id) (sqlc's :one
// inserts).
func (a Adapter) CreateResolved(info *types.Info, call *ast.CallExpr, resolve orm.Resolver) *orm.Create {
	q := reader{info: info, resolve: resolve, idx: a.idx}.insertCall(call)
	if q == nil {
		return nil
	}
	st := q.stmt
	_, method, _ := orm.Method(call)
	// no Arg: an INSERT writes nothing of its arguments (Columns says what it stores)
	c := &orm.Create{Call: call, Method: method, Model: a.table(call.Pos(), st.Table)}
	c.Atomic = st.Atomic != ""
	c.Batch = st.Rows > 1
	if q.call != call {
		c.Query = q.call // the QueryRow of row.Scan(&id): the insert itself
	}
	if st.Columns != nil {
		c.Columns = map[string]ast.Expr{}
		for i, col := range st.Columns {
			c.Columns[col] = nil // INSERT ... SELECT: set, by values unknown here
			if i < len(st.Values) {
				c.Columns[col] = q.arg(st.Values[i])
			}
		}
	}
	return c
}

// insertCall returns the query of a call that runs an INSERT.
func (r reader) insertCall(call *ast.CallExpr) *query {
	q := r.scanned(call)
	if q == nil {
		q, _ = r.sqlxGet(call)
	}
	if q == nil {
		q = r.execCall(call)
	}
	if q == nil || q.stmt.Kind != Insert || q.stmt.Table == "" {
		return nil
	}
	return q
}

// execCall reads an Exec: a method whose first result is sql.Result or
// pgconn.CommandTag (Exec, ExecContext, MustExec, sqlc's DBTX), or
// sqlx's NamedExec.
func (r reader) execCall(call *ast.CallExpr) *query {
	info := r.info
	_, name, ok := orm.Method(call)
	if !ok || !strings.Contains(name, "Exec") {
		return nil
	}
	t := info.TypeOf(call)
	if tu, ok := t.(*types.Tuple); ok {
		if tu.Len() == 0 {
			return nil
		}
		t = tu.At(0).Type()
	}
	if !isExecResult(t) {
		return nil
	}
	q := r.sqlCall(call, 0)
	if q != nil && strings.HasPrefix(name, "Named") {
		q.named = true
	}
	return q
}

// Writes reports a call of a SQL layer that runs a statement other than
// a SELECT (an UPDATE, a DELETE, an INSERT, DDL), with its verb: what the
// effect analysis takes as a write to the database. A query whose SQL is
// not a constant is not judged here (ok false).
func (a Adapter) Writes(info *types.Info, call *ast.CallExpr) (verb string, ok bool) {
	fn, isFunc := orm.Callee(info, call).(*types.Func)
	if !isFunc {
		return "", false
	}
	sig := fn.Type().(*types.Signature)
	res := sig.Results()
	if res.Len() == 0 {
		return "", false
	}
	first := res.At(0).Type()
	switch {
	case IsRow(first), isExecResult(first):
	default:
		path, name := named(first)
		if !(path == SQLPath && name == "Rows" || (path == PgxPath || path == Pgx4Path) && name == "Rows" || path == SqlxPath && name == "Rows") {
			return "", false
		}
	}
	q := reader{info: info, idx: a.idx}.sqlCall(call, 0)
	if q == nil {
		return "", false
	}
	if q.stmt.Kind == Select {
		return "", true
	}
	return q.stmt.Verb, true
}

// Cond implements orm.Adapter: err == nil, errors.Is(err, sql.ErrNoRows),
// err == pgx.ErrNoRows, a count, a bool.
func (Adapter) Cond(info *types.Info, cond ast.Expr, b *orm.Binding) (t, f orm.Outcome, ok bool) {
	rest := func(x orm.Outcome) (orm.Outcome, orm.Outcome, bool) { return x, orm.All &^ x, true }
	uses := func(e ast.Expr, obj types.Object) bool { return obj != nil && orm.Uses(info, e, obj) }
	errNil := orm.Found
	if b.Lookup.Kind == orm.ExistLookup || b.Lookup.Kind == orm.CountLookup || b.Lookup.Kind == orm.ValueLookup || b.Lookup.Kind == orm.RowsLookup {
		errNil = orm.Found | orm.NotFound // a count, a bool, a nil row
	}
	switch c := ast.Unparen(cond).(type) {
	case *ast.Ident:
		if uses(c, b.Count) || b.Lookup.TrueWhenFound && uses(c, b.Dest) {
			return rest(orm.Found)
		}
	case *ast.CallExpr:
		// errors.Is(err, sql.ErrNoRows)
		if orm.IsErrorsIs(info, c) && uses(c.Args[0], b.Err) && IsNoRows(info, c.Args[1]) && b.Lookup.Kind == orm.ErrLookup {
			return rest(orm.NotFound)
		}
	case *ast.BinaryExpr:
		x, y := c.X, c.Y
		if uses(y, b.Err) || uses(y, b.Count) {
			x, y = y, x
			switch c.Op { // 0 < n is n > 0
			case token.LSS:
				c = &ast.BinaryExpr{X: x, Op: token.GTR, Y: y}
			case token.GTR:
				c = &ast.BinaryExpr{X: x, Op: token.LSS, Y: y}
			}
		}
		tv, found := info.Types[y]
		switch {
		case uses(x, b.Err) && found && tv.IsNil():
			switch c.Op {
			case token.EQL:
				return rest(errNil)
			case token.NEQ:
				return rest(orm.All &^ errNil)
			}
		case uses(x, b.Err) && IsNoRows(info, y) && b.Lookup.Kind == orm.ErrLookup:
			switch c.Op {
			case token.EQL:
				return rest(orm.NotFound)
			case token.NEQ:
				return rest(orm.All &^ orm.NotFound)
			}
		case uses(x, b.Count) && found && tv.Value != nil:
			return orm.CountCond(c.Op, tv.Value)
		case b.Lookup.Kind == orm.ErrLookup && scalarDest(b.Dest) && uses(x, b.Dest) && found && tv.Value != nil && orm.IsZeroConst(tv.Value):
			// Scan(&id); if id != "" {...}: no row (or a failed
			// query) leaves the scanned value zero
			switch c.Op {
			case token.EQL:
				return rest(orm.NotFound | orm.Failed)
			case token.NEQ:
				return rest(orm.Found)
			}
		}
	}
	return 0, 0, false
}

// scalarDest reports a lookup's destination variable of a basic type
// (a scanned id, a name).
func scalarDest(v types.Object) bool {
	if v == nil {
		return false
	}
	_, ok := v.Type().Underlying().(*types.Basic)
	return ok
}

// IsNoRows reports sql.ErrNoRows or pgx.ErrNoRows.
func IsNoRows(info *types.Info, e ast.Expr) bool {
	v, ok := orm.NameOf(info, e).(*types.Var)
	if !ok || v.Pkg() == nil || v.Name() != "ErrNoRows" {
		return false
	}
	switch v.Pkg().Path() {
	case SQLPath, PgxPath, Pgx4Path:
		return true
	}
	return false
}

// HandlesConflict implements orm.Adapter.
func (Adapter) HandlesConflict(info *types.Info, n ast.Node) bool { return orm.ConflictHelper(info, n) }

// Check implements orm.Adapter.
func (Adapter) Check(info *types.Info, _ *orm.Lookup, c *orm.Create) string {
	if c.Batch {
		return "the INSERT writes several rows at once, so one caller's conflict on one key fails the whole batch; insert the missing row alone, then run upsertfix again"
	}
	return ""
}

// CarriesKey implements orm.Adapter: the INSERT's column list names every
// column of the key.
func (Adapter) CarriesKey(info *types.Info, _ *ast.File, c *orm.Create, key orm.UniqueKey) bool {
	set := map[string]bool{}
	for col := range c.Columns {
		set[col] = true
	}
	if c.Columns == nil && c.Via != "" {
		// through a repository: the record its summary builds from
		// the call's arguments, a literal of columns
		set = orm.LitFields(c.Arg)
	}
	for _, col := range key.Columns {
		if !set[col] && !slices.Contains(key.Implied, col) {
			return false
		}
	}
	return len(key.Columns) > 0
}

// FixText implements orm.Adapter.
func (Adapter) FixText(info *types.Info, _ *orm.Lookup, c *orm.Create, key orm.UniqueKey, _ bool) string {
	if TxRoot(info, c.Call) != nil {
		return "insert inside a savepoint (SAVEPOINT through the transaction's Exec), and after a failed insert roll back to it and go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; at REPEATABLE READ (MySQL's and MariaDB's default) the transaction's snapshot does not show the winner's row, so there the loser gets the insert's error, as before"
	}
	return "insert once, and after a failed insert go back to the lookup once: a caller that loses the race on (" + strings.Join(key.Columns, ", ") + ") then takes the found path, as it would have run second; if the lookup again finds nothing, the insert's error is returned as before"
}

// Suggest implements orm.Adapter.
func (Adapter) Suggest(model *types.Named, cols []string) string {
	t := model.Obj().Name()
	return "declare the key in the schema (CREATE UNIQUE INDEX " + t + "_" + strings.Join(cols, "_") + "_key ON " + t + " (" + strings.Join(cols, ", ") + ")) in a migration or schema.sql"
}

// TxRoot returns the transaction a SQL call runs on (a *sql.Tx, a
// *sqlx.Tx, a pgx.Tx), or nil. A call of the module's own function that
// is given one transaction (s.createEntry(tx, entry), miniflux) runs
// on it.
func TxRoot(info *types.Info, call *ast.CallExpr) ast.Expr {
	var given []ast.Expr
	for _, a := range call.Args {
		if IsTx(info.TypeOf(a)) {
			given = append(given, a)
		}
	}
	if len(given) == 1 {
		return given[0]
	}
	x := ast.Expr(call)
	for {
		c, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return nil
		}
		recv, _, ok := orm.Method(c)
		if !ok {
			return nil
		}
		if IsTx(info.TypeOf(recv)) {
			return recv
		}
		x = recv
	}
}

// IsTx reports *sql.Tx, *sqlx.Tx or pgx.Tx.
func IsTx(t types.Type) bool {
	path, name := named(t)
	return name == "Tx" && (path == SQLPath || path == SqlxPath || path == PgxPath || path == Pgx4Path)
}

// IsPgx reports a pgx handle, whose Exec takes a context first.
func IsPgx(t types.Type) bool {
	path, _ := named(t)
	return path == PgxPath || path == Pgx4Path || path == PgxPool5 || path == PgxPool4
}

// Tables: one named type per (schema directory, table).

var tables sync.Map // qualified name -> *types.Named

// table returns the model of table as queried from the file at pos.
func (a Adapter) table(pos token.Pos, table string) *types.Named {
	dir := ""
	if a.fset != nil && pos.IsValid() {
		if file := a.fset.Position(pos).Filename; filepath.IsAbs(file) {
			if root := sqlschema.ModuleDir(file); root != "" {
				dir = sqlschema.Near(filepath.Dir(file), root).Dir
			}
		}
	}
	return Model(modelPath + "/" + filepath.ToSlash(dir) + "." + table)
}

// Model returns the table model of a qualified name (as facts carry it),
// or nil when q is not one.
func Model(q string) *types.Named {
	if !strings.HasPrefix(q, modelPath+"/") {
		return nil
	}
	if n, ok := tables.Load(q); ok {
		return n.(*types.Named)
	}
	i := strings.LastIndex(q, ".")
	pkg := types.NewPackage(q[:i], "table")
	n := types.NewNamed(types.NewTypeName(token.NoPos, pkg, q[i+1:], nil), types.NewStruct(nil, nil), nil)
	actual, _ := tables.LoadOrStore(q, n)
	return actual.(*types.Named)
}

// IsTable reports a table model.
func IsTable(n *types.Named) bool {
	return n != nil && n.Obj().Pkg() != nil && strings.HasPrefix(n.Obj().Pkg().Path(), modelPath+"/")
}

// UniqueKeys implements orm.Adapter: the keys the SQL of the table's
// schema directory declares.
func (Adapter) UniqueKeys(_ *token.FileSet, model *types.Named) []orm.UniqueKey {
	if !IsTable(model) {
		return nil
	}
	dir := filepath.FromSlash(strings.TrimPrefix(model.Obj().Pkg().Path(), modelPath+"/"))
	if dir == "" {
		return nil
	}
	root := sqlschema.ModuleDir(filepath.Join(dir, "x"))
	if root == "" {
		return nil
	}
	s := sqlschema.Near(dir, root)
	var keys []orm.UniqueKey
	for _, cols := range s.Keys[model.Obj().Name()] {
		keys = append(keys, orm.UniqueKey{Name: "a unique key in " + s.Where[model.Obj().Name()], Columns: cols, Fields: cols})
	}
	for _, pk := range s.Partial[model.Obj().Name()] {
		if pins := Pins(pk.Where); pins != nil {
			var implied []string
			for col, c := range pins {
				if d, ok := s.Defaults[model.Obj().Name()][col]; ok && d == c {
					implied = append(implied, col)
				}
			}
			sort.Strings(implied)
			keys = append(keys, orm.UniqueKey{Implied: implied, Name: "the unique index on (" + strings.Join(pk.Columns, ", ") + ") in " + s.Where[model.Obj().Name()] + " WHERE " + pk.Where,
				Columns: pk.Columns, Fields: pk.Columns, Partial: true, Where: pk.Where, Pinned: pins})
		}
	}
	return keys
}

// IsContext reports context.Context (or a pointer to it).
func IsContext(t types.Type) bool {
	path, name := named(t)
	return path == "context" && name == "Context"
}

// callName is the name of the function or method call calls.
func callName(call *ast.CallExpr) string {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

func isBoolType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}
