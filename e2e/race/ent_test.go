package race

import (
	"context"
	stdsql "database/sql"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/glebarez/go-sqlite"  // database/sql driver "sqlite", pure Go
	_ "github.com/jackc/pgx/v5/stdlib" // database/sql driver "pgx"
	"gorm.io/gorm"

	"example.com/e2e/entplain"
	"example.com/e2e/entplain/visitor"
	"example.com/e2e/entsvc"
	"example.com/e2e/entup"
	"example.com/e2e/entup/customer"
)

// slowDriver widens the window after each SELECT, like the GORM callback.
type slowDriver struct{ dialect.Driver }

func (d slowDriver) Query(ctx context.Context, query string, args, v any) error {
	err := d.Driver.Query(ctx, query, args, v)
	if strings.HasPrefix(query, "SELECT") {
		time.Sleep(widen)
	}
	return err
}

// entShapes opens the two generated ent clients on the same database as
// the GORM shapes (the backend's connection string) and returns their shapes.
func entShapes(t *testing.T, backend string, gdb *gorm.DB) []shape {
	var db *stdsql.DB
	var name string
	var err error
	switch backend {
	case "postgres":
		db, err = stdsql.Open("pgx", os.Getenv("UPSERTFIX_PG_DSN"))
		name = dialect.Postgres
	case "sqlite":
		var path string
		gdb.Raw("SELECT file FROM pragma_database_list WHERE name = 'main'").Scan(&path)
		db, err = stdsql.Open("sqlite", path+"?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(1)&_txlock="+sqliteTxLock)
		name = dialect.SQLite
	}
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(goroutines + 4)
	t.Cleanup(func() { db.Close() })
	drv := slowDriver{entsql.OpenDB(name, db)}
	up := entup.NewClient(entup.Driver(drv))
	pl := entplain.NewClient(entplain.Driver(drv))
	// The replay's hook: run the competing caller right before an insert.
	onCreate := func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate) {
				interleave.fire()
			}
			return next.Mutate(ctx, m)
		})
	}
	up.Use(onCreate)
	pl.Use(onCreate)
	ctx := context.Background()
	for _, table := range []string{"customers", "visitors"} {
		if _, err := db.Exec("DROP TABLE IF EXISTS " + table); err != nil {
			t.Fatal(err)
		}
	}
	if err := up.Schema.Create(ctx); err != nil {
		t.Fatal(err)
	}
	if err := pl.Schema.Create(ctx); err != nil {
		t.Fatal(err)
	}
	rows := func(count func(ctx context.Context, key string) (int, error)) func(string) (int64, error) {
		return func(key string) (int64, error) {
			n, err := count(ctx, key)
			return int64(n), err
		}
	}
	customers := rows(func(ctx context.Context, k string) (int, error) {
		return up.Customer.Query().Where(customer.Email(k)).Count(ctx)
	})
	visitors := rows(func(ctx context.Context, k string) (int, error) {
		return pl.Visitor.Query().Where(visitor.Email(k)).Count(ctx)
	})
	id := func(f func(context.Context, string) (int, error)) func(context.Context, string) (int64, int, error) {
		return func(ctx context.Context, k string) (int64, int, error) {
			id, err := f(ctx, k)
			return int64(id), -1, err
		}
	}
	return []shape{
		{name: "ent-upsert-guard", rows: customers, call: id(func(ctx context.Context, k string) (int, error) {
			return entsvc.CustomerFor(ctx, up, k)
		})},
		{name: "ent-upsert-return", rows: customers, call: id(func(ctx context.Context, k string) (int, error) {
			c, err := entsvc.CustomerForReturn(ctx, up, k)
			if err != nil {
				return 0, err
			}
			return c.ID, nil
		})},
		{name: "ent-upsert-exist-exec", rows: customers, noID: true, call: func(ctx context.Context, k string) (int64, int, error) {
			return 0, -1, entsvc.EnsureCustomer(ctx, up, k)
		}},
		{name: "ent-exists-then-create", rows: customers, winner: true, call: func(ctx context.Context, k string) (int64, int, error) {
			id, err := entsvc.Register(ctx, up, k)
			if errors.Is(err, entsvc.ErrTaken) {
				return 0, 0, nil
			}
			return int64(id), 1, err
		}},
		{name: "ent-savepoint-in-tx", rows: customers, call: id(func(ctx context.Context, k string) (int, error) {
			return entsvc.CustomerInTx(ctx, up, k)
		}), notReplayedOn: notInTx, why: "B's transaction read its snapshot before A committed (SQLite: SQLITE_BUSY_SNAPSHOT on the write), so no code inside the transaction can see A's row; see README, ent"},
		{name: "ent-upsert-define", rows: customers, call: id(func(ctx context.Context, k string) (int, error) {
			return entsvc.CustomerDefine(ctx, up, k)
		})},
		{name: "ent-catch-guard", rows: visitors, call: id(func(ctx context.Context, k string) (int, error) {
			return entsvc.VisitorFor(ctx, pl, k)
		})},
		{name: "ent-catch-return", rows: visitors, call: id(func(ctx context.Context, k string) (int, error) {
			v, err := entsvc.VisitorForReturn(ctx, pl, k)
			if err != nil {
				return 0, err
			}
			return v.ID, nil
		})},
	}
}
