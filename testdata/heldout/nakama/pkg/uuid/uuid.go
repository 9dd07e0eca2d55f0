// Package uuid is a minimal stand-in for github.com/gofrs/uuid/v5.
package uuid

import (
	"crypto/rand"
	"database/sql/driver"
	"encoding/hex"
	"errors"
	"fmt"
)

// UUID is a 128 bit identifier.
type UUID [16]byte

// Nil is the zero UUID.
var Nil = UUID{}

// NewV4 returns a random (version 4) UUID.
func NewV4() (UUID, error) {
	var u UUID
	if _, err := rand.Read(u[:]); err != nil {
		return Nil, err
	}
	u[6] = (u[6] & 0x0f) | 0x40
	u[8] = (u[8] & 0x3f) | 0x80
	return u, nil
}

// Must panics on error.
func Must(u UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return u
}

// FromString parses the canonical text form.
func FromString(s string) (UUID, error) {
	var u UUID
	if len(s) != 36 || s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-' {
		return Nil, errors.New("uuid: incorrect UUID format")
	}
	b, err := hex.DecodeString(s[0:8] + s[9:13] + s[14:18] + s[19:23] + s[24:])
	if err != nil {
		return Nil, err
	}
	copy(u[:], b)
	return u, nil
}

// FromStringOrNil parses s or returns Nil.
func FromStringOrNil(s string) UUID {
	u, err := FromString(s)
	if err != nil {
		return Nil
	}
	return u
}

func (u UUID) IsNil() bool { return u == Nil }

func (u UUID) String() string {
	h := hex.EncodeToString(u[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// Value implements driver.Valuer.
func (u UUID) Value() (driver.Value, error) { return u.String(), nil }

// Scan implements sql.Scanner.
func (u *UUID) Scan(src any) error {
	switch v := src.(type) {
	case string:
		p, err := FromString(v)
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
	return fmt.Errorf("uuid: cannot convert %T to UUID", src)
}
