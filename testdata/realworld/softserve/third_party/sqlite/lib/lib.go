// Package sqlitelib is a minimal stand-in for modernc.org/sqlite/lib (result codes).
package sqlitelib

// Extended result codes used by pkg/db.WrapError.
const (
	SQLITE_CONSTRAINT_FOREIGNKEY = 787
	SQLITE_CONSTRAINT_PRIMARYKEY = 1555
	SQLITE_CONSTRAINT_UNIQUE     = 2067
)
