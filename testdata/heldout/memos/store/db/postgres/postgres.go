package postgres

import (
	"database/sql"
	"log"

	// Import the PostgreSQL driver.
	_ "github.com/lib/pq"

	"example.com/heldout/memos/store"
	"example.com/heldout/memos/third_party/pkg/errors"
)

// DB reproduces store/db/postgres/postgres.go:16 (the profile is reduced to its DSN).
type DB struct {
	db  *sql.DB
	dsn string
}

// NewDB reproduces store/db/postgres/postgres.go:21 (takes the DSN instead of a profile).
func NewDB(dsn string) (store.Driver, error) {
	// Open the PostgreSQL connection
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Printf("Failed to open database: %s", err)
		return nil, errors.Wrapf(err, "failed to open database: %s", dsn)
	}

	var driver store.Driver = &DB{
		db:  db,
		dsn: dsn,
	}

	// Return the DB struct
	return driver, nil
}

// GetDB reproduces store/db/postgres/postgres.go:42.
func (d *DB) GetDB() *sql.DB {
	return d.db
}

// Close reproduces store/db/postgres/postgres.go:46.
func (d *DB) Close() error {
	return d.db.Close()
}
