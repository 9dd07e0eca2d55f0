// Package database reproduces dnote/dnote 8ffd44f36287 pkg/server/database.
package database

import (
	"database/sql"
)

// NullString reproduces pkg/server/database/types.go:26.
// NullString is a string that can be null
type NullString struct {
	sql.NullString
}

// ToNullString reproduces pkg/server/database/types.go:31.
// ToNullString returns a NullString with given string
func ToNullString(v string) NullString {
	return NullString{
		sql.NullString{
			String: v,
			Valid:  true,
		},
	}
}
