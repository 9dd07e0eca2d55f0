package database

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/url"

	"example.com/heldout/shiori/internal/model"
	"example.com/heldout/shiori/third_party/sqlbuilder"
	"github.com/jmoiron/sqlx"
	"github.com/pkg/errors"
)

// ErrNotFound is error returned when record is not found in database.
// Reproduces internal/database/database.go:18.
var ErrNotFound = errors.New("not found")

// ErrAlreadyExists is error returned when record already exists in database.
// Reproduces internal/database/database.go:21.
var ErrAlreadyExists = errors.New("already exists")

// Connect connects to database based on submitted database URL.
// Reproduces internal/database/database.go:24 (the mysql engine is not reproduced).
func Connect(ctx context.Context, dbURL string) (model.DB, error) {
	dbU, err := url.Parse(dbURL)
	if err != nil {
		return nil, errors.Wrap(err, "failed to parse database URL")
	}

	switch dbU.Scheme {
	case "postgres":
		return OpenPGDatabase(ctx, dbURL)
	case "sqlite":
		return OpenSQLiteDatabase(ctx, dbU.Path[1:])
	}

	return nil, fmt.Errorf("unsupported database scheme: %s", dbU.Scheme)
}

// dbbase reproduces internal/database/database.go:43.
type dbbase struct {
	flavor sqlbuilder.Flavor
	reader *sqlx.DB
	writer *sqlx.DB
}

// Flavor reproduces internal/database/database.go:49.
func (db *dbbase) Flavor() sqlbuilder.Flavor {
	return db.flavor
}

// ReaderDB reproduces internal/database/database.go:53.
func (db *dbbase) ReaderDB() *sqlx.DB {
	return db.reader
}

// WriterDB reproduces internal/database/database.go:57.
func (db *dbbase) WriterDB() *sqlx.DB {
	return db.writer
}

// withTx reproduces internal/database/database.go:61 (used by PGDatabase and by the
// dbbase methods; SQLiteDatabase has its own, sqlite.go:78).
func (db *dbbase) withTx(ctx context.Context, fn func(tx *sqlx.Tx) error) error {
	tx, err := db.writer.BeginTxx(ctx, nil)
	if err != nil {
		return errors.WithStack(err)
	}

	defer func() {
		if err := tx.Commit(); err != nil {
			log.Printf("error during commit: %s", err)
		}
	}()

	err = fn(tx)
	if err != nil {
		if err := tx.Rollback(); err != nil {
			log.Printf("error during rollback: %s", err)
		}
		return errors.WithStack(err)
	}

	return err
}

// GetContext reproduces internal/database/database.go:84.
func (db *dbbase) GetContext(ctx context.Context, dest any, query string, args ...any) error {
	return db.reader.GetContext(ctx, dest, query, args...)
}

// SelectContext reproduces internal/database/database.go:93.
func (db *dbbase) SelectContext(ctx context.Context, dest any, query string, args ...any) error {
	return db.reader.SelectContext(ctx, dest, query, args...)
}

// ExecContext reproduces internal/database/database.go:97.
func (db *dbbase) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return db.writer.ExecContext(ctx, query, args...)
}

// MustBegin reproduces internal/database/database.go:101.
func (db *dbbase) MustBegin() *sqlx.Tx {
	return db.writer.MustBegin()
}

// NewDBBase reproduces internal/database/database.go:105.
func NewDBBase(reader, writer *sqlx.DB, flavor sqlbuilder.Flavor) dbbase {
	return dbbase{
		reader: reader,
		writer: writer,
		flavor: flavor,
	}
}
