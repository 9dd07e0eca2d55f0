package e2e

// The bun flavor of the golden replay: the fixed functions of
// ../testdata/bun/cases run on a *bun.DB over PostgreSQL, MariaDB and
// SQLite, serially, with the competing caller run from a bun query hook
// right before the other's INSERT, and with every insert refused for
// another reason. Tables are created from the cases' models with bun's
// CREATE TABLE (its pk, unique and unique:group tags), then the unique
// indexes of the case's SQL migrations. A function that
// begins its own transaction is replayed on PostgreSQL and MariaDB (where
// REPEATABLE READ keeps the race, as the reason says).

var bunFlavor = flavor{
	module: "example.com/buncases", dir: "../testdata/bun", pkg: "goldenbun",
	params:  map[string]string{"*bun.DB": "db", "bun.IDB": "db", "context.Context": "ctx"},
	wrapper: "ctx context.Context, db *bun.DB, k string",
	harness: bunHarness, min: 8, rows: true,
}

const bunHarness = `package goldenbun

import (
	"context"
	"database/sql"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	_ "github.com/glebarez/go-sqlite"
	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"
	"github.com/uptrace/bun"
	"github.com/uptrace/bun/dialect/mysqldialect"
	"github.com/uptrace/bun/dialect/pgdialect"
	"github.com/uptrace/bun/dialect/sqlitedialect"
	"gorm.io/gorm"
)

type replayCase struct {
	name                  string
	models                []any
	orig, fixed           func(ctx context.Context, db *bun.DB, k string) []any
	origState, fixedState func() []int
	origDB, fixedDB       func(*gorm.DB)
	txRace, snapRace      bool
	indexes               []string
}

func num(k string) uint64 {
	h := fnv.New32a()
	h.Write([]byte(k))
	return uint64(h.Sum32()%1000000000) + 1
}

// interleave runs the pending caller right before an INSERT.
type interleave struct{}

func (interleave) BeforeQuery(ctx context.Context, e *bun.QueryEvent) context.Context {
	if strings.HasPrefix(strings.ToUpper(strings.TrimSpace(e.Query)), "INSERT") {
		countInsert()
		fire()
	}
	return ctx
}

func (interleave) AfterQuery(context.Context, *bun.QueryEvent) {}

func open(t *testing.T, backend string) *bun.DB {
	var db *bun.DB
	switch backend {
	case "postgres", "mariadb":
		env := map[string]string{"postgres": "UPSERTFIX_PG_DSN", "mariadb": "UPSERTFIX_MYSQL_DSN"}[backend]
		dsn := os.Getenv(env)
		if dsn == "" {
			if os.Getenv("CI") == "true" {
				t.Fatalf("%s is not set: in CI the %s replay must run", env, backend)
			}
			t.Skipf("%s is not set", env)
		}
		if backend == "postgres" {
			sqldb, err := sql.Open("pgx", dsn)
			if err != nil {
				t.Fatal(err)
			}
			sqldb.SetMaxOpenConns(8)
			db = bun.NewDB(sqldb, pgdialect.New())
		} else {
			sqldb, err := sql.Open("mysql", dsn+"&innodb_lock_wait_timeout=3")
			if err != nil {
				t.Fatal(err)
			}
			sqldb.SetMaxOpenConns(8)
			db = bun.NewDB(sqldb, mysqldialect.New())
		}
	case "sqlite":
		sqldb, err := sql.Open("sqlite", filepath.Join(t.TempDir(), "golden.db")+"?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_txlock=deferred")
		if err != nil {
			t.Fatal(err)
		}
		sqldb.SetMaxOpenConns(8)
		db = bun.NewDB(sqldb, sqlitedialect.New())
	}
	db.AddQueryHook(interleave{})
	t.Cleanup(func() { db.Close() })
	return db
}

func tableOf(db *bun.DB, m any) string {
	return db.Dialect().Tables().Get(reflect.TypeOf(m)).Name
}

// refuseInserts makes the database refuse every insert into the case's
// tables for a reason other than a key (as the GORM flavor does).
func refuseInserts(db *bun.DB, backend string, c replayCase) {
	for _, m := range c.models {
		tb := tableOf(db, m)
		var q string
		switch backend {
		case "postgres":
			q = "ALTER TABLE " + tb + " ADD CONSTRAINT replay_refused CHECK (false)"
		case "mariadb":
			q = "CREATE TRIGGER replay_refused_" + tb + " BEFORE INSERT ON " + tb + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'replay: insert refused'"
		default:
			q = "CREATE TRIGGER replay_refused_" + tb + " BEFORE INSERT ON " + tb + " BEGIN SELECT RAISE(ABORT, 'replay: insert refused'); END"
		}
		if _, err := db.ExecContext(context.Background(), q); err != nil {
			panic(fmt.Sprintf("%s: %v", q, err))
		}
	}
}

func counts(db *bun.DB, models []any) []int {
	var out []int
	for _, m := range models {
		n, err := db.NewSelect().Model(m).Count(context.Background())
		if err != nil {
			panic(err)
		}
		out = append(out, n)
	}
	return out
}

// fresh drops the case's tables and creates them from their models and
// the case's SQL indexes.
func fresh(db *bun.DB, c replayCase) {
	ctx := context.Background()
	for _, m := range c.models {
		if _, err := db.NewDropTable().Model(m).IfExists().Exec(ctx); err != nil {
			panic(fmt.Sprintf("%s: drop: %v", c.name, err))
		}
		if _, err := db.NewCreateTable().Model(m).Exec(ctx); err != nil {
			panic(fmt.Sprintf("%s: create: %v", c.name, err))
		}
	}
	for _, ix := range c.indexes {
		if _, err := db.ExecContext(ctx, ix); err != nil {
			panic(fmt.Sprintf("%s: %s: %v", c.name, ix, err))
		}
	}
}

// skipped: a function that runs its own transaction, which SQLite's
// one writer serializes (the competing caller waits on the lock the
// other's read holds).
func skipped(c replayCase, backend string) bool { return c.snapRace && backend == "sqlite" }

func run(db *bun.DB, backend string, c replayCase, fn func(context.Context, *bun.DB, string) []any, state func() []int, k string, m mode) (string, bool) {
	ctx := context.Background()
	fresh(db, c)
	if m == failing {
		refuseInserts(db, backend, c)
	}
	n0, s0, i0 := counts(db, c.models), state(), insertCount()
	var a, b []any
	callA := func() { a = fn(ctx, db, k) }
	fired := true
	if m == interleaved {
		pending.Lock()
		pending.f, pending.fired = callA, false
		pending.Unlock()
		b = fn(ctx, db, k)
		pending.Lock()
		fired, pending.f = pending.fired, nil
		pending.Unlock()
	} else {
		callA()
		b = fn(ctx, db, k)
	}
	n1, s1 := counts(db, c.models), state()
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
