// Package uuid is a small stand-in for github.com/gofrs/uuid/v5 (NewV4 only).
package uuid

import (
	"crypto/rand"
	"database/sql/driver"
	"fmt"
)

// UUID is a random (v4) UUID.
type UUID [16]byte

// NewV4 returns a random UUID.
func NewV4() (UUID, error) {
	var u UUID
	if _, err := rand.Read(u[:]); err != nil {
		return u, err
	}
	u[6] = (u[6] & 0x0f) | 0x40
	u[8] = (u[8] & 0x3f) | 0x80
	return u, nil
}

func (u UUID) String() string {
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// Value implements driver.Valuer.
func (u UUID) Value() (driver.Value, error) {
	return u.String(), nil
}
