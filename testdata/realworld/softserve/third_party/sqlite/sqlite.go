// Package sqlite is a minimal stand-in for modernc.org/sqlite (the Error type
// that pkg/db.WrapError inspects).
package sqlite

import "fmt"

// Error is a SQLite error.
type Error struct{ code int }

// Error implements error.
func (e *Error) Error() string { return fmt.Sprintf("sqlite error %d", e.code) }

// Code returns the extended SQLite result code.
func (e *Error) Code() int { return e.code }
