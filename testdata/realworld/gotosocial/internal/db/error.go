// Package db is a reduced copy of internal/db: the DB interfaces the
// catalogued sites call through state.DB, and the error values.
package db

import (
	"database/sql"
	"errors"
)

var (
	// ErrNoEntries is a direct ptr to sql.ErrNoRows since that is returned regardless
	// of DB dialect. It is returned when no rows (entries) can be found for a query.
	ErrNoEntries = sql.ErrNoRows

	// ErrAlreadyExists is returned when a conflict was encountered in the db when doing an insert.
	// (internal/db/postgres/errors.go and internal/db/sqlite/errors.go turn
	// unique violations into this error in the driver wrappers.)
	ErrAlreadyExists = errors.New("already exists")

	// ErrMultipleEntries is returned when multiple entries
	// are found in the db when only one entry is sought.
	ErrMultipleEntries = errors.New("multiple entries")
)
