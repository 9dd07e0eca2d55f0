package migrate

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/pkg/errors"

	"example.com/heldout/goalert/lock"
	"example.com/heldout/goalert/util/log"
	"example.com/heldout/goalert/util/sqlutil"
)

// Only one migration is embedded here (the labels one cited by the
// catalogue); upstream embeds all of migrate/migrations.
//
//go:embed migrations
var fs embed.FS

func migrationIDs() []string {
	files, err := fs.ReadDir("migrations")
	if err != nil {
		panic(err)
	}

	ids := make([]string, 0, len(files))
	for _, f := range files {
		if f.IsDir() {
			continue
		}
		ids = append(ids, strings.TrimPrefix(f.Name(), "migrations/"))
	}

	return ids
}

// Names will return all AssetNames without the timestamps and extensions
func Names() []string {
	var names []string
	for _, id := range migrationIDs() {
		names = append(names, migrationName(id))
	}
	return names
}

func migrationName(file string) string {
	file = strings.TrimPrefix(file, "migrations/")
	file = file[15:]
	file = strings.TrimSuffix(file, ".sql")
	return file
}

func migrationID(name string) (int, string) {
	for i, id := range migrationIDs() {
		if migrationName(id) == name {
			return i, id
		}
	}
	return -1, ""
}

// getConn reproduces migrate/migrate.go:139 (retry trimmed).
func getConn(ctx context.Context, url string) (*pgx.Conn, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, err
	}

	_, err = conn.Exec(ctx, `set lock_timeout = 15000`)
	if err != nil {
		conn.Close(ctx)
		return nil, errors.Wrap(err, "set lock timeout")
	}

	return conn, nil
}

// aquireLock reproduces migrate/migrate.go:162: a session-level
// pg_advisory_lock on lock.GlobalMigrate (lock/global.go:6).
func aquireLock(ctx context.Context, conn *pgx.Conn) error {
	for {
		_, err := conn.Exec(ctx, `select pg_advisory_lock($1)`, lock.GlobalMigrate)
		if err == nil {
			return nil
		}
		if e := sqlutil.MapError(err); e != nil && e.Code == "55P03" {
			log.Log(ctx, errors.Wrap(err, "get migration lock (will retry)"))
			_, err = conn.Exec(ctx, `
				select pg_terminate_backend(l.pid)
				from pg_locks l
				join pg_stat_activity act on act.pid = l.pid and state = 'idle' and state_change < now() - '30 seconds'::interval
				where locktype = 'advisory' and objid = $1 and granted
			`, lock.GlobalMigrate)
			if err != nil {
				conn.Close(ctx)
				return errors.Wrap(err, "terminate stale backends")
			}
			continue
		}
	}
}

// ensureTableQuery reproduces migrate/migrate.go:189 (gorp_migrations: id
// text PRIMARY KEY, :203-206).
func ensureTableQuery(ctx context.Context, conn *pgx.Conn, fn func() error) error {
	err := fn()
	if err == nil {
		return nil
	}
	if e := sqlutil.MapError(err); e != nil && e.Code == "42P01" {
		// continue
	} else {
		return err
	}

	_, err = conn.Exec(ctx, `
		CREATE TABLE IF NOT EXISTS gorp_migrations (
			id text PRIMARY KEY,
			applied_at timestamp with time zone
		)
	`)
	if err != nil {
		return err
	}
	return fn()
}

// Up reproduces migrate/migrate.go:216 (called at start-up by every
// instance, app/cmd.go, and by `goalert migrate`). The latest migration is
// looked up (:234); when it is missing, the instance takes the global
// advisory lock (:247), re-reads the applied migrations (:252) and inserts a
// gorp_migrations row for every missing one (performMigrations ->
// applyNoTx :450, insertMigrationRecord :432).
func Up(ctx context.Context, url, targetName string) (int, error) {
	if targetName == "" {
		names := Names()
		targetName = names[len(names)-1]
	}
	targetIndex, targetID := migrationID(targetName)
	if targetIndex == -1 {
		return 0, errors.Errorf("unknown migration target name '%s'", targetName)
	}

	conn, err := getConn(ctx, url)
	if err != nil {
		return 0, err
	}
	defer conn.Close(ctx)

	var hasLatest bool
	err = ensureTableQuery(ctx, conn, func() error {
		// near-miss N24: only a fast path; the applied set is re-read under pg_advisory_lock(GlobalMigrate) below.
		return conn.QueryRow(ctx, `select true from gorp_migrations where id = $1`, targetID).Scan(&hasLatest) // safe: not-found only leads to pg_advisory_lock(GlobalMigrate) and a re-read of gorp_migrations under that lock before any insert; gorp_migrations.id is the primary key
	})
	if err == nil && hasLatest {
		return 0, nil
	}
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return 0, err
	}

	migrations, err := parseMigrations()
	if err != nil {
		return 0, err
	}
	err = aquireLock(ctx, conn)
	if err != nil {
		return 0, err
	}

	rows, err := conn.Query(ctx, `select id from gorp_migrations order by id`)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return 0, err
	}
	defer rows.Close()

	ids := migrationIDs()
	i := -1
	for rows.Next() {
		i++
		var id string
		err = rows.Scan(&id)
		if err != nil {
			return 0, errors.Wrap(err, "scan applied migrations")
		}
		if ids[i] != id {
			return 0, errors.Errorf("migration mismatch db has '%s' but expected '%s'", id, ids[i])
		}
	}

	return performMigrations(ctx, conn, true, migrations[i+1:targetIndex+1])
}

func readMigration(id string) ([]byte, error) {
	return fs.ReadFile("migrations/" + id)
}

type migration struct {
	ID   string
	Name string

	Up   migrationStep
	Down migrationStep
}
type migrationStep struct {
	statements []string
	disableTx  bool
	isUp       bool
	*migration
}

// parseMigrations reproduces migrate/migrate.go:378 (statement splitting
// trimmed to one statement per section).
func parseMigrations() ([]migration, error) {
	var migrations []migration
	for _, id := range migrationIDs() {
		var m migration
		m.ID = id
		m.Name = migrationName(id)
		data, err := readMigration(id)
		if err != nil {
			return nil, err
		}

		var up, down strings.Builder
		var isUp, isDown bool

		r := bufio.NewScanner(bytes.NewReader(data))
		for r.Scan() {
			line := r.Text()
			if strings.HasPrefix(line, "-- +migrate Up") {
				isUp = true
				isDown = false
				m.Up.disableTx = strings.Contains(line, "notransaction")
				continue
			}
			if strings.HasPrefix(line, "-- +migrate Down") {
				isUp = false
				isDown = true
				m.Down.disableTx = strings.Contains(line, "notransaction")
				continue
			}
			switch {
			case isUp:
				up.WriteString(line)
				up.WriteString("\n")
			case isDown:
				down.WriteString(line)
				down.WriteString("\n")
			}
		}

		m.Up.statements = []string{up.String()}
		m.Up.isUp = true
		m.Up.migration = &m

		m.Down.statements = []string{down.String()}
		m.Down.migration = &m

		migrations = append(migrations, m)
	}
	return migrations, nil
}

const (
	deleteMigrationRecord = `delete from gorp_migrations where id = $1`
	insertMigrationRecord = `insert into gorp_migrations (id, applied_at) values ($1, now())`
)

func (step migrationStep) doneStmt() string {
	if step.isUp {
		return insertMigrationRecord
	}
	return deleteMigrationRecord
}

func (step migrationStep) applyNoTx(ctx context.Context, c *pgx.Conn) error {
	for i, stmt := range step.statements {
		_, err := c.Exec(ctx, stmt)
		if err != nil {
			return errors.Wrapf(err, "statement #%d\n%s", i+1, stmt)
		}
	}

	_, err := c.Exec(ctx, step.doneStmt(), step.ID)
	if err != nil {
		return errors.Wrap(err, "update gorp_migrations")
	}

	return nil
}

func (step migrationStep) apply(ctx context.Context, c *pgx.Conn) error {
	if step.disableTx {
		return step.applyNoTx(ctx, c)
	}

	tx, err := c.Begin(ctx)
	if err != nil {
		return errors.Wrap(err, "begin tx")
	}
	defer sqlutil.RollbackContext(ctx, "migrate: apply", tx)

	err = step.applyNoTx(ctx, c)
	if err != nil {
		return err
	}

	return errors.Wrap(tx.Commit(ctx), "commit")
}

func performMigrations(ctx context.Context, c *pgx.Conn, applyUp bool, migrations []migration) (int, error) {
	typ := "DOWN"
	if applyUp {
		typ = "UP"
	}

	for i, m := range migrations {
		step := m.Down
		if applyUp {
			step = m.Up
		}

		s := time.Now()
		err := step.apply(ctx, c)
		if err != nil {
			return i, errors.Wrapf(err, "apply '%s'", m.Name)
		}
		log.Logf(ctx, "Applied %s migration '%s' in %s", typ, m.Name, time.Since(s).Truncate(time.Millisecond))
	}

	return len(migrations), nil
}
