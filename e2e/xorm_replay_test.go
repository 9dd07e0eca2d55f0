package e2e

// The xorm flavor of the golden replay: the fixed functions of
// ../testdata/xorm/cases run on an *xorm.Engine over PostgreSQL, MariaDB
// and SQLite, serially, with the competing caller run from an xorm hook
// right before the other's INSERT, and with every insert refused for
// another reason. A function that begins its own transaction on a session
// is replayed on PostgreSQL and MariaDB (where REPEATABLE READ keeps the
// race, as the reason says). A function given a *xorm.Session gets a
// transaction of its caller's, begun on a new session and committed when
// the call returns (gitea's db.Context).

var xormFlavor = flavor{
	module: "example.com/xormcases", dir: "../testdata/xorm", pkg: "goldenxorm",
	params:  map[string]string{"*xorm.Engine": "eng", "xorm.Interface": "eng", "*xorm.Session": "callerTx(eng)", "context.Context": "ctx"},
	wrapper: "ctx context.Context, eng *xorm.Engine, k string",
	harness: xormHarness, min: 8, rows: true,
	around: [2]string{"mark := len(callerTxs); ", "endTxs(mark); "},
}

const xormHarness = `package goldenxorm

import (
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/glebarez/go-sqlite"
	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"
	"gorm.io/gorm"
	"xorm.io/xorm"
	"xorm.io/xorm/contexts"
	"xorm.io/xorm/log"
	"xorm.io/xorm/names"
)

type replayCase struct {
	name                  string
	models                []any
	orig, fixed           func(ctx context.Context, eng *xorm.Engine, k string) []any
	origState, fixedState func() []int
	origDB, fixedDB       func(*gorm.DB)
	origEng, fixedEng     func(*xorm.Engine) // set the package's *xorm.Engine variables
	txRace, snapRace      bool
	indexes               []string
}

// callerTxs are the callers' transactions open (callerTx).
var callerTxs []*xorm.Session

// callerTx begins a transaction of the caller's on a new session,
// committed when the call returns (endTxs).
func callerTx(eng *xorm.Engine) *xorm.Session {
	s := eng.NewSession()
	if err := s.Begin(); err != nil {
		panic(err)
	}
	callerTxs = append(callerTxs, s)
	return s
}

// endTxs commits the transactions begun since mark (an error is the
// function's to have seen: it is not a result).
func endTxs(mark int) {
	for _, s := range callerTxs[mark:] {
		s.Commit()
		s.Close()
	}
	callerTxs = callerTxs[:mark]
}

func num(k string) uint64 {
	h := fnv.New32a()
	h.Write([]byte(k))
	return uint64(h.Sum32()%1000000000) + 1
}

// interleave runs the pending caller right before an INSERT.
type interleave struct{}

func (interleave) BeforeProcess(c *contexts.ContextHook) (context.Context, error) {
	if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(c.SQL)), "INSERT") {
		countInsert()
		fire()
	}
	return c.Ctx, nil
}

func (interleave) AfterProcess(*contexts.ContextHook) error { return nil }

func open(t *testing.T, backend string) *xorm.Engine {
	var driver, dsn string
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
		driver = "pgx"
		if backend == "mariadb" {
			driver, dsn = "mysql", dsn+"&innodb_lock_wait_timeout=3"
		}
	case "sqlite":
		driver, dsn = "sqlite", filepath.Join(t.TempDir(), "golden.db")+"?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_txlock=deferred"
	}
	eng, err := xorm.NewEngine(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	eng.SetMapper(names.GonicMapper{})
	eng.SetLogLevel(log.LOG_OFF)
	eng.SetMaxOpenConns(8)
	eng.AddHook(interleave{})
	t.Cleanup(func() { eng.Close() })
	return eng
}

func tables(eng *xorm.Engine) []string {
	metas, err := eng.DBMetas()
	if err != nil {
		panic(err)
	}
	var out []string
	for _, m := range metas {
		if !strings.HasPrefix(m.Name, "sqlite_") {
			out = append(out, m.Name)
		}
	}
	return out
}

// refuseInserts makes the database refuse every insert into the case's
// tables for a reason other than a key (as the GORM flavor does).
func refuseInserts(eng *xorm.Engine, backend string) {
	for _, tb := range tables(eng) {
		var q string
		switch backend {
		case "postgres":
			q = "ALTER TABLE \"" + tb + "\" ADD CONSTRAINT replay_refused CHECK (false)"
		case "mariadb":
			q = "CREATE TRIGGER replay_refused_" + tb + " BEFORE INSERT ON ` + "`" + `" + tb + "` + "`" + ` FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'replay: insert refused'"
		default:
			q = "CREATE TRIGGER replay_refused_" + tb + " BEFORE INSERT ON \"" + tb + "\" BEGIN SELECT RAISE(ABORT, 'replay: insert refused'); END"
		}
		if _, err := eng.Exec(q); err != nil {
			panic(fmt.Sprintf("%s: %v", q, err))
		}
	}
}

func counts(eng *xorm.Engine, models []any) []int64 {
	var out []int64
	for _, m := range models {
		n, err := eng.Count(m)
		if err != nil {
			panic(err)
		}
		out = append(out, n)
	}
	return out
}

// fresh drops every table and creates the case's from their xorm tags,
// then the unique indexes of the case's SQL migrations.
func fresh(eng *xorm.Engine, c replayCase) {
	for _, tb := range tables(eng) {
		if err := eng.DropTables(tb); err != nil {
			panic(fmt.Sprintf("%s: drop %s: %v", c.name, tb, err))
		}
	}
	if err := eng.Sync(c.models...); err != nil {
		panic(fmt.Sprintf("%s: sync: %v", c.name, err))
	}
	for _, ix := range c.indexes {
		if _, err := eng.Exec(ix); err != nil {
			panic(fmt.Sprintf("%s: %s: %v", c.name, ix, err))
		}
	}
}

// skipped: a function that runs its own transaction, which SQLite's
// one writer serializes (the competing caller waits on the lock the
// other's read holds).
func skipped(c replayCase, backend string) bool { return c.snapRace && backend == "sqlite" }

func run(eng *xorm.Engine, backend string, c replayCase, fn func(context.Context, *xorm.Engine, string) []any, state func() []int, k string, m mode) (string, bool) {
	ctx := context.Background()
	c.origEng(eng)
	c.fixedEng(eng)
	fresh(eng, c)
	if m == failing {
		refuseInserts(eng, backend)
	}
	n0, s0, i0 := counts(eng, c.models), state(), insertCount()
	var a, b []any
	callA := func() { a = fn(ctx, eng, k) }
	fired := true
	if m == interleaved {
		pending.Lock()
		pending.f, pending.fired = callA, false
		pending.Unlock()
		b = fn(ctx, eng, k)
		pending.Lock()
		fired, pending.f = pending.fired, nil
		pending.Unlock()
	} else {
		callA()
		b = fn(ctx, eng, k)
	}
	n1, s1 := counts(eng, c.models), state()
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
