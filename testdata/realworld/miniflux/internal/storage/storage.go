// Package storage is a reduced copy of miniflux internal/storage: all SQL of
// miniflux lives here, run through database/sql (driver github.com/lib/pq).
package storage // import "example.com/realworld/miniflux/internal/storage"

import (
	"database/sql"
)

// Storage handles all operations related to the database.
// internal/storage/storage.go:13
type Storage struct {
	db *sql.DB
}

// NewStorage returns a new Storage.
func NewStorage(db *sql.DB) *Storage {
	return &Storage{db}
}
