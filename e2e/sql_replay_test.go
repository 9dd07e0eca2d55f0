package e2e

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The SQL flavor of the golden replay: the fixed functions of
// ../testdata/sql/cases run on database/sql, sqlx and pgx handles over the
// databases their SQL dialect runs on ($n: PostgreSQL and SQLite; ?:
// MariaDB and SQLite; pgx: PostgreSQL), serially, with the competing
// caller run right before the other's INSERT (from a database/sql driver
// that wraps the real one, or from a pgx tracer), and with every insert
// refused for another reason. Each case's schema (its .sql files and the
// CREATE TABLE strings of its Go files) is created fresh before each run,
// translated to the backend's types where they differ.

var sqlFlavor = flavor{
	module: "example.com/sqlcases", dir: "../testdata/sql", pkg: "goldensql",
	params: map[string]string{"*sql.DB": "h.DB", "*sqlx.DB": "h.X", "*pgxpool.Pool": "h.Pool", "*pgx.Conn": "h.Conn(ctx)", "*gorm.DB": "h.V1",
		"*sqlx.Tx": "h.Txx(ctx)", "context.Context": "ctx"},
	wrapper: "ctx context.Context, h *handles, k string",
	harness: sqlHarness, min: 15, rows: true,
	// a transaction given to the function is the caller's: committed
	// when the call returns
	around: [2]string{"mark := h.mark(); ", "h.commit(mark); "},
}

// sqlCaseSchema returns the DDL of a case (its .sql files, then the
// CREATE TABLE strings of its Go files) and the backends its SQL runs on.
func sqlCaseSchema(t *testing.T, dir string) (string, []string) {
	var ddl []string
	src := ""
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		switch {
		case strings.HasSuffix(path, ".sql") && !strings.HasSuffix(path, ".down.sql"):
			b, _ := os.ReadFile(path)
			ddl = append(ddl, string(b))
		case strings.HasSuffix(path, ".go"):
			b, _ := os.ReadFile(path)
			src += string(b)
			f, err := parser.ParseFile(token.NewFileSet(), path, b, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				vs, ok := n.(*ast.ValueSpec)
				if !ok {
					return true
				}
				for _, v := range vs.Values {
					if s, ok := constString(v); ok && strings.Contains(strings.ToUpper(s), "CREATE TABLE") {
						// table names left for the code to fill in
						// ("{{tasks}}"): the names they hold
						ddl = append(ddl, regexp.MustCompile(`\{\{(\w+)\}\}`).ReplaceAllString(s, "$1"))
					}
				}
				return false
			})
		}
		return nil
	})
	var backends []string
	switch {
	case strings.Contains(src, `"github.com/jinzhu/gorm"`):
		backends = []string{"postgres", "mariadb", "sqlite"} // its dialect writes the SQL
	case strings.Contains(src, `"github.com/jackc/pgx`):
		backends = []string{"postgres"}
	case strings.Contains(src, "$1"):
		backends = []string{"postgres", "sqlite"}
	default:
		backends = []string{"mariadb", "sqlite"}
	}
	return strings.Join(ddl, ";\n"), backends
}

// constString evaluates a string literal or a concatenation of them.
func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := constString(e.X)
		b, ok2 := constString(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}

const sqlHarness = `package goldensql

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	_ "github.com/glebarez/go-sqlite"
	_ "github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/jmoiron/sqlx"
	jgorm "github.com/jinzhu/gorm"
	"gorm.io/gorm"
)

type replayCase struct {
	name                  string
	models                []any
	orig, fixed           func(ctx context.Context, h *handles, k string) []any
	origState, fixedState func() []int
	origDB, fixedDB       func(*gorm.DB)
	txRace, snapRace      bool
	indexes               []string
	schema                string
	backends              []string
}

func num(k string) uint64 {
	h := fnv.New32a()
	h.Write([]byte(k))
	return uint64(h.Sum32()%1000000000) + 1
}

// hit runs the pending caller right before an INSERT.
func hit(q string) {
	q = strings.TrimSpace(q)
	for strings.HasPrefix(q, "--") { // sqlc's "-- name: CreateAuthor :one"
		_, q, _ = strings.Cut(q, "\n")
		q = strings.TrimSpace(q)
	}
	if strings.HasPrefix(strings.ToUpper(q), "INSERT") {
		countInsert()
		fire()
	}
}

// wrapDriver is a database/sql driver that calls hit before each
// statement of the real one.
type wrapDriver struct{ inner driver.Driver }

func (d wrapDriver) Open(name string) (driver.Conn, error) {
	c, err := d.inner.Open(name)
	if err != nil {
		return nil, err
	}
	return &wconn{Conn: c}, nil
}

type wconn struct {
	driver.Conn
	skipped string // a statement ExecContext or QueryContext skipped, prepared next
}

func (c *wconn) Prepare(q string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), q)
}

// PrepareContext prepares a statement that calls hit when it runs (a
// statement prepared once, at start-up, runs many times).
func (c *wconn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	once := c.skipped == q // hit already, by the ExecContext that skipped
	c.skipped = ""
	var st driver.Stmt
	var err error
	if p, ok := c.Conn.(driver.ConnPrepareContext); ok {
		st, err = p.PrepareContext(ctx, q)
	} else {
		st, err = c.Conn.Prepare(q)
	}
	if err != nil {
		return nil, err
	}
	return &wstmt{Stmt: st, q: q, skipOnce: once}, nil
}

type wstmt struct {
	driver.Stmt
	q        string
	skipOnce bool
}

func (s *wstmt) run() {
	if s.skipOnce {
		s.skipOnce = false
		return
	}
	hit(s.q)
}

func values(args []driver.NamedValue) []driver.Value {
	var out []driver.Value
	for _, a := range args {
		out = append(out, a.Value)
	}
	return out
}

func (s *wstmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	s.run()
	if e, ok := s.Stmt.(driver.StmtExecContext); ok {
		return e.ExecContext(ctx, args)
	}
	return s.Stmt.Exec(values(args))
}

func (s *wstmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	s.run()
	if q, ok := s.Stmt.(driver.StmtQueryContext); ok {
		return q.QueryContext(ctx, args)
	}
	return s.Stmt.Query(values(args))
}

func (s *wstmt) CheckNamedValue(nv *driver.NamedValue) error {
	if ch, ok := s.Stmt.(driver.NamedValueChecker); ok {
		return ch.CheckNamedValue(nv)
	}
	return driver.ErrSkip
}

func (c *wconn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	e, ok := c.Conn.(driver.ExecerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	hit(q)
	r, err := e.ExecContext(ctx, q, args)
	if err == driver.ErrSkip {
		c.skipped = q
	}
	return r, err
}

func (c *wconn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	e, ok := c.Conn.(driver.QueryerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	hit(q)
	r, err := e.QueryContext(ctx, q, args)
	if err == driver.ErrSkip {
		c.skipped = q
	}
	return r, err
}

func (c *wconn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if b, ok := c.Conn.(driver.ConnBeginTx); ok {
		return b.BeginTx(ctx, opts)
	}
	return c.Conn.Begin()
}

func (c *wconn) ResetSession(ctx context.Context) error {
	if r, ok := c.Conn.(driver.SessionResetter); ok {
		return r.ResetSession(ctx)
	}
	return nil
}

func (c *wconn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *wconn) CheckNamedValue(nv *driver.NamedValue) error {
	if ch, ok := c.Conn.(driver.NamedValueChecker); ok {
		return ch.CheckNamedValue(nv)
	}
	return driver.ErrSkip
}

func init() {
	for _, name := range []string{"pgx", "mysql", "sqlite"} {
		db, err := sql.Open(name, "")
		if err != nil {
			panic(err)
		}
		sql.Register("replay-"+name, wrapDriver{db.Driver()})
	}
}

// tracer is hit for pgx's own handles.
type tracer struct{}

func (tracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryStartData) context.Context {
	hit(d.SQL)
	return ctx
}

func (tracer) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}

// handles are what the cases' functions are given.
type handles struct {
	DB    *sql.DB
	V1    *jgorm.DB // GORM v1 over DB, its dialect the backend's
	X     *sqlx.DB
	Pool  *pgxpool.Pool
	dsn   string
	conns []*pgx.Conn
	txs   []*sqlx.Tx
}

// Conn opens a pgx connection of its own for one call.
func (h *handles) Conn(ctx context.Context) *pgx.Conn {
	cfg, err := pgx.ParseConfig(h.dsn)
	if err != nil {
		panic(err)
	}
	cfg.Tracer = tracer{}
	c, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		panic(err)
	}
	h.conns = append(h.conns, c)
	return c
}

// Txx begins a transaction of the caller's, committed when the call
// returns.
func (h *handles) Txx(ctx context.Context) *sqlx.Tx {
	tx, err := h.X.BeginTxx(ctx, nil)
	if err != nil {
		panic(err)
	}
	h.txs = append(h.txs, tx)
	return tx
}

func (h *handles) mark() int { return len(h.txs) }

// commit commits the transactions opened since mark (an error is the
// function's to have seen: it is not a result).
func (h *handles) commit(mark int) {
	for _, tx := range h.txs[mark:] {
		tx.Commit()
	}
	h.txs = h.txs[:mark]
}

func (h *handles) closeConns() {
	for _, c := range h.conns {
		c.Close(context.Background())
	}
	h.conns = nil
}

func open(t *testing.T, backend string) *handles {
	h := &handles{}
	var driverName, dsn, sqlxName string
	switch backend {
	case "postgres", "mariadb":
		env := map[string]string{"postgres": "UPSERTFIX_PG_DSN", "mariadb": "UPSERTFIX_MYSQL_DSN"}[backend]
		dsn = os.Getenv(env)
		if dsn == "" {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is not set: in CI the %s replay must run", env, backend)
			}
			t.Skipf("%s is not set", env)
		}
		driverName, sqlxName = "replay-pgx", "pgx"
		if backend == "mariadb" {
			driverName, sqlxName, dsn = "replay-mysql", "mysql", dsn+"&innodb_lock_wait_timeout=3"
		}
	case "sqlite":
		driverName, sqlxName, dsn = "replay-sqlite", "sqlite3", filepath.Join(t.TempDir(), "golden.db")+"?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_txlock=deferred"
	}
	db, err := sql.Open(driverName, dsn)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(8)
	h.DB, h.X, h.dsn = db, sqlx.NewDb(db, sqlxName), dsn
	if h.V1, err = jgorm.Open(map[string]string{"postgres": "postgres", "mariadb": "mysql", "sqlite": "sqlite3"}[backend], db); err != nil {
		t.Fatal(err)
	}
	h.V1.LogMode(false) // (v1 logs every failed statement otherwise)
	if backend == "postgres" {
		cfg, err := pgxpool.ParseConfig(dsn)
		if err != nil {
			t.Fatal(err)
		}
		cfg.ConnConfig.Tracer = tracer{}
		cfg.MaxConns = 8
		if h.Pool, err = pgxpool.NewWithConfig(context.Background(), cfg); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		db.Close()
		if h.Pool != nil {
			h.Pool.Close()
		}
	})
	return h
}

var (
	reCreate = regexp.MustCompile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?[` + "`" + `\"]?(\\w+)")
	reUKey   = regexp.MustCompile("(?i)unique\\s+key\\s+[` + "`" + `\\w]+\\s*\\(")
	reAlterU = regexp.MustCompile("(?i)alter\\s+table\\s+(\\w+)\\s+add\\s+constraint\\s+(\\w+)\\s+unique\\s*\\(")
)

// translate writes the case's DDL in the backend's types.
func translate(schema, backend string) []string {
	r := map[string]*strings.Replacer{
		"postgres": strings.NewReplacer("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY"),
		"mariadb": strings.NewReplacer("BIGSERIAL PRIMARY KEY", "BIGINT AUTO_INCREMENT PRIMARY KEY", "SERIAL PRIMARY KEY", "BIGINT AUTO_INCREMENT PRIMARY KEY",
			"INTEGER PRIMARY KEY AUTOINCREMENT", "BIGINT AUTO_INCREMENT PRIMARY KEY", "TEXT", "VARCHAR(191)", "TIMESTAMPTZ", "TIMESTAMP", "now()", "CURRENT_TIMESTAMP"),
		"sqlite": strings.NewReplacer("BIGSERIAL PRIMARY KEY", "INTEGER PRIMARY KEY AUTOINCREMENT", "SERIAL PRIMARY KEY", "INTEGER PRIMARY KEY AUTOINCREMENT",
			"TIMESTAMPTZ", "TIMESTAMP", "DEFAULT now()", "DEFAULT CURRENT_TIMESTAMP"),
	}[backend]
	var out []string
	for _, st := range strings.Split(schema, ";") {
		st = strings.TrimSpace(st)
		if st == "" {
			continue
		}
		st = r.Replace(st)
		if backend == "sqlite" {
			st = reUKey.ReplaceAllString(st, "UNIQUE (")
			st = reAlterU.ReplaceAllString(st, "CREATE UNIQUE INDEX $2 ON $1 (")
		}
		out = append(out, st)
	}
	return out
}

func tables(schema string) []string {
	var out []string
	for _, m := range reCreate.FindAllStringSubmatch(schema, -1) {
		out = append(out, m[1])
	}
	return out
}

// fresh drops the case's tables and creates them anew.
func fresh(h *handles, backend string, c replayCase) {
	for _, tb := range tables(c.schema) {
		if _, err := h.DB.Exec("DROP TABLE IF EXISTS " + tb); err != nil {
			panic(fmt.Sprintf("%s: drop %s: %v", c.name, tb, err))
		}
	}
	for _, st := range translate(c.schema, backend) {
		if _, err := h.DB.Exec(st); err != nil {
			panic(fmt.Sprintf("%s: %s: %v", c.name, st, err))
		}
	}
}

// refuseInserts makes the database refuse every insert into the case's
// tables for a reason other than a key (as the GORM flavor does).
func refuseInserts(h *handles, backend string, c replayCase) {
	for _, tb := range tables(c.schema) {
		var q string
		switch backend {
		case "postgres":
			q = "ALTER TABLE " + tb + " ADD CONSTRAINT replay_refused CHECK (false)"
		case "mariadb":
			q = "CREATE TRIGGER replay_refused_" + tb + " BEFORE INSERT ON " + tb + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'replay: insert refused'"
		default:
			q = "CREATE TRIGGER replay_refused_" + tb + " BEFORE INSERT ON " + tb + " BEGIN SELECT RAISE(ABORT, 'replay: insert refused'); END"
		}
		if _, err := h.DB.Exec(q); err != nil {
			panic(fmt.Sprintf("%s: %v", q, err))
		}
	}
}

func counts(h *handles, c replayCase) []int64 {
	var out []int64
	for _, tb := range tables(c.schema) {
		var n int64
		if err := h.DB.QueryRow("SELECT COUNT(*) FROM " + tb).Scan(&n); err != nil {
			panic(err)
		}
		out = append(out, n)
	}
	return out
}

// skipped: not this dialect, or a function that runs its own
// transaction, which SQLite's one writer serializes.
func skipped(c replayCase, backend string) bool {
	runs := false
	for _, b := range c.backends {
		runs = runs || b == backend
	}
	return !runs || c.snapRace && backend == "sqlite"
}

func run(h *handles, backend string, c replayCase, fn func(context.Context, *handles, string) []any, state func() []int, k string, m mode) (string, bool) {
	ctx := context.Background()
	fresh(h, backend, c)
	if m == failing {
		refuseInserts(h, backend, c)
	}
	defer h.closeConns()
	n0, s0, i0 := counts(h, c), state(), insertCount()
	var a, b []any
	callA := func() { a = fn(ctx, h, k) }
	fired := true
	if m == interleaved {
		pending.Lock()
		pending.f, pending.fired = callA, false
		pending.Unlock()
		b = fn(ctx, h, k)
		pending.Lock()
		fired, pending.f = pending.fired, nil
		pending.Unlock()
	} else {
		callA()
		b = fn(ctx, h, k)
	}
	n1, s1 := counts(h, c), state()
	var rows, effects []string
	for i := range n0 {
		rows = append(rows, fmt.Sprint(n1[i]-n0[i]))
	}
	for i := range s0 {
		effects = append(effects, fmt.Sprint(s1[i]-s0[i]))
	}
	out := fmt.Sprintf("%s | rows %s | effects %s", describe(a, b, k), strings.Join(rows, ","), strings.Join(effects, ","))
	if m == failing {
		out += fmt.Sprintf(" | inserts %d", insertCount()-i0)
	}
	return out, fired
}

`
