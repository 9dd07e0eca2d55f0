// Package null is statping-ng's types/null (types.go), trimmed.
package null

import (
	"database/sql"
)

// NewNullString returns a sql.NullString for JSON parsing
func NewNullString(s string) NullString {
	return NullString{sql.NullString{String: s, Valid: true}}
}

// NewNullBool returns a sql.NullBool for JSON parsing
func NewNullBool(s bool) NullBool {
	return NullBool{sql.NullBool{Bool: s, Valid: true}}
}

// NewNullInt64 returns a sql.NullInt64 for JSON parsing
func NewNullInt64(s int64) NullInt64 {
	return NullInt64{sql.NullInt64{Int64: s, Valid: true}}
}

// NullInt64 is an alias for sql.NullInt64 data type
type NullInt64 struct {
	sql.NullInt64
}

// NullBool is an alias for sql.NullBool data type
type NullBool struct {
	sql.NullBool
}

// NullString is an alias for sql.NullString data type
type NullString struct {
	sql.NullString
}
