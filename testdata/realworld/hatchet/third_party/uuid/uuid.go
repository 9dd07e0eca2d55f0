// Package uuid is a small stand-in for github.com/google/uuid (v1.6.0), which
// hatchet's sqlc config maps the Postgres uuid type to. Only the API the
// reproduction uses is provided.
package uuid

import (
	"crypto/rand"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
)

// UUID is a 128 bit (16 byte) Universal Unique IDentifier.
type UUID [16]byte

// Nil is the zero UUID.
var Nil UUID

// New returns a random (version 4) UUID.
func New() UUID {
	var u UUID
	_, _ = rand.Read(u[:])
	u[6] = (u[6] & 0x0f) | 0x40
	u[8] = (u[8] & 0x3f) | 0x80
	return u
}

// Parse decodes s into a UUID.
func Parse(s string) (UUID, error) {
	var u UUID
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return u, fmt.Errorf("invalid UUID length or format: %q", s)
	}
	b, err := hex.DecodeString(s[0:8] + s[9:13] + s[14:18] + s[19:23] + s[24:])
	if err != nil {
		return u, err
	}
	copy(u[:], b)
	return u, nil
}

// MustParse is like Parse but panics on error.
func MustParse(s string) UUID {
	u, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return u
}

// String returns the canonical xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx form.
func (u UUID) String() string {
	h := hex.EncodeToString(u[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// Value implements driver.Valuer.
func (u UUID) Value() (driver.Value, error) {
	return u.String(), nil
}

// Scan implements sql.Scanner.
func (u *UUID) Scan(src interface{}) error {
	switch v := src.(type) {
	case string:
		p, err := Parse(v)
		if err != nil {
			return err
		}
		*u = p
		return nil
	case []byte:
		if len(v) == 16 {
			copy(u[:], v)
			return nil
		}
		return u.Scan(string(v))
	}
	return errors.New("uuid: cannot scan value")
}
