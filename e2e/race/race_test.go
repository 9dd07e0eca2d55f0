// Package race runs each get-or-create of package service with 16
// goroutines released together, 20 rounds, a fresh key per round, against
// PostgreSQL (UPSERTFIX_PG_DSN) and an embedded SQLite (pure Go, no cgo),
// and counts failures, rows per key and distinct rows returned.
//
// With E2E_RESULTS set, the counts are written there as JSON; with
// E2E_EXPECT=after, the test itself fails on any failure.
package race

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/glebarez/sqlite"
	"gorm.io/driver/mysql"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
	"gorm.io/gorm/logger"

	"example.com/e2e/service"
)

const (
	goroutines = 16
	rounds     = 20
)

// sqliteTxLock is how SQLite transactions begin: immediate for the
// concurrent test (writers queue at BEGIN instead of failing to upgrade),
// deferred for the replay, where the competing caller must be able to
// write while the caller it interrupts has begun its transaction.
var sqliteTxLock = "immediate"

// backends are the databases the tests run on; ent's shapes run on
// PostgreSQL and SQLite, GORM's on all three.
var backends = []string{"postgres", "mariadb", "sqlite"}

// notInTx is where a get-or-create inside a caller's transaction cannot
// meet the serial oracle (set per test: SQLite only matters for the
// replay, whose transactions begin DEFERRED).
var notInTx = "mariadb"

// widen is the pause after every query (see open).
var widen = 3 * time.Millisecond

// Result is one shape on one backend.
type Result struct {
	Backend    string
	Shape      string
	Calls      int
	Failures   int      // calls that returned an unexpected error
	ZeroIDs    int      // calls that succeeded but returned no row (id 0)
	DupErrors  int      // of which duplicate-key errors
	Deadlocks  int      // of which InnoDB deadlocks (1213), among three or more concurrent inserters
	Sample     string   // one failure message
	MaxRows    int      // most rows stored for one key
	MaxIDs     int      // most distinct row ids returned in one round
	BadWinners int      // rounds where not exactly one call created/registered
	BadQty     int      // Reserve: rounds whose quantity is not one per call
	Notes      []string `json:",omitempty"`
}

type shape struct {
	name string
	// call returns the row id (0 if the shape does not return one) and
	// whether this call created the row (-1: the shape does not tell).
	call func(ctx context.Context, key string) (id int64, created int, err error)
	// rows counts the rows stored under key.
	rows func(key string) (int64, error)
	// winner: exactly one call per round must report created == 1.
	winner bool
	// noID: the shape returns no row id; otherwise every successful call
	// must return the stored row's (non-zero) id.
	noID bool
	// qty, if set, must equal the number of calls per round.
	qty func(key string) int
	// state, if set, describes what the calls on key left behind besides
	// its rows (side effects, counters), for the serial-oracle replay.
	state func(key string) string
	// setup, if set, prepares the database for key before the calls.
	setup func(key string)
	// replayOnly: the shape fails by design under any schedule (it is
	// there to check that the fix keeps the failure), so it is not raced.
	replayOnly bool
	// notReplayedOn names a backend where the replay cannot hold, with why.
	notReplayedOn, why string
}

func plain[ID ~int | ~uint](f func(context.Context, *gorm.DB, string) (ID, error), db *gorm.DB) func(context.Context, string) (int64, int, error) {
	return func(ctx context.Context, k string) (int64, int, error) {
		id, err := f(ctx, db, k)
		return int64(id), -1, err
	}
}

// hashed adapts a shape that returns a string id.
func hashed(f func(context.Context, *gorm.DB, string) (string, error), db *gorm.DB) func(context.Context, string) (int64, int, error) {
	return func(ctx context.Context, k string) (int64, int, error) {
		id, err := f(ctx, db, k)
		if id == "" {
			return 0, -1, err
		}
		h := fnv.New64a()
		h.Write([]byte(id))
		return int64(h.Sum64() >> 1), -1, err
	}
}

func scalar(db *gorm.DB, table, col, keyCol, k string) int {
	var v int
	db.Table(table).Select(col).Where(clause.Eq{Column: clause.Column{Name: keyCol}, Value: k}).Scan(&v)
	return v
}

func count(db *gorm.DB, table, col, k string) int64 {
	var n int64
	db.Table(table).Where(clause.Eq{Column: clause.Column{Name: col}, Value: k}).Count(&n)
	return n
}

func gormRows(db *gorm.DB, table, column string) func(string) (int64, error) {
	return func(key string) (int64, error) {
		var n int64
		err := db.Table(table).Where(clause.Eq{Column: clause.Column{Name: column}, Value: key}).Count(&n).Error
		return n, err
	}
}

func gormShapes(db *gorm.DB) []shape {
	return []shape{
		{name: "guard", rows: gormRows(db, "settings", "user_key"), call: plain(service.SettingsFor, db)},
		{name: "any-error", rows: gormRows(db, "wallets", "owner"), call: plain(service.WalletFor, db)},
		{name: "early-return", rows: gormRows(db, "counters", "name"), call: plain(service.CounterFor, db)},
		{name: "exists-then-create", rows: gormRows(db, "accounts", "email"), winner: true,
			call: func(ctx context.Context, k string) (int64, int, error) {
				id, err := service.SignUp(ctx, db, k)
				if errors.Is(err, service.ErrExists) {
					return 0, 0, nil
				}
				return int64(id), 1, err
			}},
		{name: "first-or-create", rows: gormRows(db, "tags", "name"), call: plain(service.TagFor, db)},
		{name: "generics", rows: gormRows(db, "prefs", "user_ref"), call: plain(service.PrefFor, db)},
		{name: "created-flag", rows: gormRows(db, "invites", "email"), winner: true,
			call: func(ctx context.Context, k string) (int64, int, error) {
				id, created, err := service.InviteFor(ctx, db, k)
				c := 0
				if created {
					c = 1
				}
				return int64(id), c, err
			}},
		{name: "count-then-create", rows: gormRows(db, "topics", "slug"), noID: true, call: plain(service.EnsureTopic, db)},
		{name: "find-rows", rows: gormRows(db, "scores", "player"), call: plain(service.ScoreFor, db)},
		{name: "transaction", rows: gormRows(db, "stocks", "sku"), call: plain(service.Reserve, db),
			notReplayedOn: notInTx, why: "B's outer transaction read its snapshot before A committed (SQLite: SQLITE_BUSY_SNAPSHOT on the write; MariaDB: REPEATABLE READ keeps the snapshot for the second lookup), so no code inside the transaction can see A's row; see README, Known issues",
			qty: func(key string) int {
				var qty int
				db.Table("stocks").Select("qty").Where("sku = ?", key).Scan(&qty)
				return qty
			}},
		{name: "switch", rows: gormRows(db, "carts", "session"), call: plain(service.CartFor, db)},
		{name: "ignored-error", rows: gormRows(db, "badges", "code"), call: plain(service.BadgeFor, db)},
		{name: "result-var", rows: gormRows(db, "coupons", "code"), call: plain(service.CouponFor, db)},
		{name: "exists-return", rows: gormRows(db, "handles", "name"), winner: true, noID: true,
			call: func(ctx context.Context, k string) (int64, int, error) {
				err := service.ClaimHandle(ctx, db, k)
				if errors.Is(err, service.ErrExists) {
					return 0, 0, nil
				}
				return 0, 1, err
			}},
		{name: "welcome-mail", rows: gormRows(db, "members", "email"), call: plain(service.Join, db),
			state: func(k string) string { return fmt.Sprintf("mails=%d", service.Mails.Get(k)) }},
		{name: "found-path-update", rows: gormRows(db, "pages", "path"), call: plain(service.Visit, db),
			qty:   func(k string) int { return scalar(db, "pages", "hits", "path", k) },
			state: func(k string) string { return fmt.Sprintf("hits=%d", scalar(db, "pages", "hits", "path", k)) }},
		{name: "pk-set-in-go", rows: gormRows(db, "devices", "serial"), call: hashed(service.DeviceFor, db)},
		{name: "pk-set-by-hook", rows: gormRows(db, "tickets", "code"), call: hashed(service.TicketFor, db)},
		{name: "switch-returns-row", rows: gormRows(db, "profiles", "handle"),
			call: func(ctx context.Context, k string) (int64, int, error) {
				p, err := service.ProfileFor(ctx, db, k)
				if err != nil {
					return 0, -1, err
				}
				return int64(p.ID), -1, nil
			}},
		{name: "after-create-hook", rows: gormRows(db, "orders", "ref"), call: plain(service.OrderFor, db),
			state: func(k string) string { return fmt.Sprintf("outbox=%d", count(db, "outboxes", "subject", k)) }},
		{name: "association", rows: gormRows(db, "authors", "name"), call: plain(service.AuthorFor, db),
			state: func(k string) string {
				var n int64
				db.Table("books").Joins("JOIN authors ON authors.id = books.author_id").Where("authors.name = ?", k).Count(&n)
				return fmt.Sprintf("books=%d", n)
			}},
		{name: "soft-deleted", rows: func(k string) (int64, error) { return count(db.Unscoped(), "notes", "key", k), nil },
			call: plain(service.NoteFor, db), replayOnly: true,
			setup: func(k string) {
				n := service.Note{Key: k}
				db.Create(&n)
				db.Delete(&n)
			}},
		{name: "created-status", rows: gormRows(db, "baskets", "session"), winner: true,
			call: func(ctx context.Context, k string) (int64, int, error) {
				id, status, err := service.BasketFor(ctx, db, k)
				created := 0
				if status == 201 {
					created = 1
				}
				return int64(id), created, err
			}},
	}
}

func open(t *testing.T, backend string) *gorm.DB {
	cfg := &gorm.Config{Logger: logger.Default.LogMode(logger.Silent), TranslateError: true}
	var db *gorm.DB
	var err error
	switch backend {
	case "postgres":
		dsn := os.Getenv("UPSERTFIX_PG_DSN")
		if dsn == "" {
			if os.Getenv("CI") == "true" {
				t.Fatal("UPSERTFIX_PG_DSN is not set: in CI the PostgreSQL race test must run")
			}
			t.Skip("UPSERTFIX_PG_DSN is not set; skipping PostgreSQL (set it, or run .ci/run)")
		}
		db, err = gorm.Open(postgres.Open(dsn), cfg)
	case "mariadb":
		dsn := os.Getenv("UPSERTFIX_MYSQL_DSN")
		if dsn == "" {
			if os.Getenv("CI") == "true" {
				t.Fatal("UPSERTFIX_MYSQL_DSN is not set: in CI the MariaDB race test must run")
			}
			t.Skip("UPSERTFIX_MYSQL_DSN is not set; skipping MariaDB (eval \"$(.ci/mariadb.sh)\", or run .ci/run)")
		}
		db, err = gorm.Open(mysql.Open(dsn), cfg)
	case "sqlite":
		path := filepath.Join(t.TempDir(), "race.db")
		db, err = gorm.Open(sqlite.Open(path+"?_pragma=busy_timeout(20000)&_pragma=journal_mode(WAL)&_txlock="+sqliteTxLock), cfg)
	}
	if err != nil {
		t.Fatalf("open %s: %v", backend, err)
	}
	sqlDB, _ := db.DB()
	sqlDB.SetMaxOpenConns(goroutines + 4)
	t.Cleanup(func() { sqlDB.Close() })
	if err := db.Migrator().DropTable(service.Models...); err != nil {
		t.Fatal(err)
	}
	if err := db.AutoMigrate(service.Models...); err != nil {
		t.Fatal(err)
	}
	// Widen the window between the lookup and the create, as a slow
	// network or a loaded database does, so that a racy sequence loses
	// reliably instead of now and then. The fixed code runs under the same
	// delay.
	db.Callback().Query().After("gorm:query").Register("e2e:widen", func(*gorm.DB) { time.Sleep(widen) })
	// The replay's hook: run the competing caller right before an insert.
	db.Callback().Create().Before("gorm:create").Register("e2e:interleave", func(*gorm.DB) { interleave.fire() })
	return db
}

func TestRace(t *testing.T) {
	var all []Result
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			db := open(t, backend)
			shapes := gormShapes(db)
			if backend != "mariadb" { // ent runs on PostgreSQL and SQLite here
				shapes = append(shapes, entShapes(t, backend, db)...)
			}
			for _, s := range shapes {
				if s.replayOnly || strings.Contains(s.notReplayedOn, backend) {
					continue
				}
				r := runShape(t, backend, s)
				all = append(all, r)
				fmt.Printf("%-8s %-22s calls=%d failures=%d dup-key=%d no-row=%d max-rows/key=%d max-ids/round=%d bad-winner-rounds=%d bad-qty-rounds=%d %s\n",
					r.Backend, r.Shape, r.Calls, r.Failures, r.DupErrors, r.ZeroIDs, r.MaxRows, r.MaxIDs, r.BadWinners, r.BadQty, r.Sample)
				// InnoDB picks a deadlock victim among three or more
				// concurrent inserters of one key, before the winner
				// commits; the original code gets the same error (the
				// serial oracle is for two callers, which the replay
				// checks). The fix sends a victim back once; one that
				// still finds no row gets the deadlock, as before. The
				// rate is reported; nothing else may fail.
				dl := r.Deadlocks
				if backend == "mariadb" && s.name == "ignored-error" {
					dl = r.ZeroIDs // this shape ignores the create's error: a deadlock victim shows as no row
				}
				if os.Getenv("E2E_EXPECT") == "after" && (r.Failures > dl || r.DupErrors > 0 || r.ZeroIDs > dl || r.MaxRows > 1 || r.MaxIDs > 1 || r.BadWinners > 0 || r.BadQty > dl) {
					t.Errorf("%s/%s after the fix: %+v", backend, s.name, r)
				}
				if os.Getenv("E2E_EXPECT") == "after" && dl > 0 {
					fmt.Printf("%-8s %-22s deadlock victims after the fix: %d of %d calls (%.1f%%)\n", backend, s.name, dl, r.Calls, 100*float64(dl)/float64(r.Calls))
				}
			}
		})
	}
	if path := os.Getenv("E2E_RESULTS"); path != "" {
		b, _ := json.MarshalIndent(all, "", "  ")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func runShape(t *testing.T, backend string, s shape) Result {
	r := Result{Backend: backend, Shape: s.name}
	ctx := context.Background()
	for round := 0; round < rounds; round++ {
		key := fmt.Sprintf("%s-%d-%d", s.name, round, time.Now().UnixNano())
		start := make(chan struct{})
		var mu sync.Mutex
		var wg sync.WaitGroup
		ids := map[int64]bool{}
		winners := 0
		for g := 0; g < goroutines; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				id, created, err := s.call(ctx, key)
				mu.Lock()
				defer mu.Unlock()
				r.Calls++
				if err != nil {
					r.Failures++
					if errors.Is(err, gorm.ErrDuplicatedKey) || strings.Contains(err.Error(), "23505") || strings.Contains(err.Error(), "UNIQUE constraint failed") {
						r.DupErrors++
					}
					if strings.Contains(err.Error(), "Error 1213") {
						r.Deadlocks++
					}
					if r.Sample == "" {
						r.Sample = err.Error()
					}
					return
				}
				if id != 0 {
					ids[id] = true
				} else if !s.noID && !s.winner {
					r.ZeroIDs++
				}
				if created == 1 {
					winners++
				}
			}()
		}
		close(start)
		wg.Wait()
		rows, err := s.rows(key)
		if err != nil {
			t.Fatal(err)
		}
		r.MaxRows = max(r.MaxRows, int(rows))
		r.MaxIDs = max(r.MaxIDs, len(ids))
		if s.winner && winners != 1 {
			r.BadWinners++
		}
		if s.qty != nil && s.qty(key) != goroutines {
			r.BadQty++
		}
	}
	return r
}
