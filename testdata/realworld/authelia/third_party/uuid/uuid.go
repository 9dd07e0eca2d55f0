// Package uuid is a small stand-in for github.com/google/uuid (the parts the
// reproduced authelia code uses).
package uuid

import (
	"crypto/rand"
	"database/sql/driver"
	"encoding/hex"
	"fmt"
	"strings"
)

// UUID is a 128 bit UUID.
type UUID [16]byte

// Nil is the zero UUID.
var Nil UUID

// NewRandom returns a random (version 4) UUID.
func NewRandom() (UUID, error) {
	var u UUID
	if _, err := rand.Read(u[:]); err != nil {
		return Nil, err
	}
	u[6] = (u[6] & 0x0f) | 0x40
	u[8] = (u[8] & 0x3f) | 0x80
	return u, nil
}

// Parse decodes s into a UUID.
func Parse(s string) (UUID, error) {
	var u UUID
	b, err := hex.DecodeString(strings.ReplaceAll(s, "-", ""))
	if err != nil || len(b) != 16 {
		return Nil, fmt.Errorf("invalid UUID %q", s)
	}
	copy(u[:], b)
	return u, nil
}

// Version returns the version of u.
func (u UUID) Version() int {
	return int(u[6] >> 4)
}

func (u UUID) String() string {
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// Value implements driver.Valuer.
func (u UUID) Value() (driver.Value, error) {
	return u.String(), nil
}

// Scan implements sql.Scanner.
func (u *UUID) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		return fmt.Errorf("unable to scan %T into UUID", src)
	}
	p, err := Parse(s)
	if err != nil {
		return err
	}
	*u = p
	return nil
}

// NullUUID is a UUID that may be NULL.
type NullUUID struct {
	UUID  UUID
	Valid bool
}

// Value implements driver.Valuer.
func (u NullUUID) Value() (driver.Value, error) {
	if !u.Valid {
		return nil, nil
	}
	return u.UUID.Value()
}

// Scan implements sql.Scanner.
func (u *NullUUID) Scan(src any) error {
	if src == nil {
		u.UUID, u.Valid = Nil, false
		return nil
	}
	u.Valid = true
	return u.UUID.Scan(src)
}
