package sql

import (
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"github.com/lib/pq"

	"example.com/heldout/dex/storage"
)

// Reduced from upstream storage/sql/config.go: only the Postgres flavor is
// reproduced (MySQL, config.go:225, and SQLite3, sqlite.go:31, differ only in
// their driver and in the duplicate-key check they install; SQLite3 also pins
// the pool to one connection with db.SetMaxOpenConns(1), sqlite.go:39).

const (
	// postgres error codes
	pgErrUniqueViolation = "23505" // unique_violation
)

// NetworkDB contains options common to SQL databases accessed over network.
type NetworkDB struct {
	Database string
	User     string
	Password string
	Host     string
	Port     uint16

	ConnectionTimeout int // Seconds

	// database/sql tunables, see
	// https://golang.org/pkg/database/sql/#DB.SetConnMaxLifetime and below
	// Note: defaults will be set if these are 0
	MaxOpenConns    int // default: 5
	MaxIdleConns    int // default: 5
	ConnMaxLifetime int // Seconds, default: not set
}

// Postgres options for creating an SQL db.
type Postgres struct {
	NetworkDB

	DataSourceName string
}

// Open creates a new storage implementation backed by Postgres.
// Reproduces upstream storage/sql/config.go:85.
func (p *Postgres) Open(logger *slog.Logger) (storage.Storage, error) {
	conn, err := p.open(logger)
	if err != nil {
		return nil, err
	}
	return conn, nil
}

// Reproduces upstream storage/sql/config.go:165 (the DSN building is dropped).
func (p *Postgres) open(logger *slog.Logger) (*conn, error) {
	dataSourceName := p.DataSourceName

	db, err := sql.Open("postgres", dataSourceName)
	if err != nil {
		return nil, err
	}

	// set database/sql tunables if configured
	if p.ConnMaxLifetime != 0 {
		db.SetConnMaxLifetime(time.Duration(p.ConnMaxLifetime) * time.Second)
	}

	if p.MaxIdleConns == 0 {
		db.SetMaxIdleConns(5)
	} else {
		db.SetMaxIdleConns(p.MaxIdleConns)
	}

	if p.MaxOpenConns == 0 {
		db.SetMaxOpenConns(5)
	} else {
		db.SetMaxOpenConns(p.MaxOpenConns)
	}

	errCheck := func(err error) bool {
		sqlErr, ok := err.(*pq.Error)
		if !ok {
			return false
		}
		return sqlErr.Code == pgErrUniqueViolation
	}

	c := &conn{db, &flavorPostgres, logger, errCheck}
	if _, err := c.migrate(); err != nil {
		return nil, fmt.Errorf("failed to perform migrations: %v", err)
	}
	return c, nil
}
