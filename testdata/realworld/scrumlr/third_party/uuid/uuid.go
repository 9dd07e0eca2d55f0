// Package uuid stands in for github.com/google/uuid.
package uuid

import (
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"strings"
)

// UUID is a 16-byte UUID.
type UUID [16]byte

// Nil is the zero UUID.
var Nil UUID

// Parse parses s.
func Parse(s string) (UUID, error) {
	var u UUID
	b, err := hex.DecodeString(strings.ReplaceAll(s, "-", ""))
	if err != nil || len(b) != 16 {
		return u, errors.New("invalid UUID")
	}
	copy(u[:], b)
	return u, nil
}

// MustParse parses s or panics.
func MustParse(s string) UUID {
	u, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// String formats u.
func (u UUID) String() string {
	h := hex.EncodeToString(u[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// Value implements driver.Valuer.
func (u UUID) Value() (driver.Value, error) { return u.String(), nil }

// NullUUID is a UUID that may be NULL.
type NullUUID struct {
	UUID  UUID
	Valid bool
}

// Value implements driver.Valuer.
func (n NullUUID) Value() (driver.Value, error) {
	if !n.Valid {
		return nil, nil
	}
	return n.UUID.String(), nil
}
