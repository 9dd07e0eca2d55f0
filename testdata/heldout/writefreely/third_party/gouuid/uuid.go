// Package uuid is a stand-in for github.com/nu7hatch/gouuid.
package uuid

import (
	"crypto/rand"
	"errors"
	"fmt"
)

// UUID is a 16-byte UUID.
type UUID [16]byte

// NewV4 returns a random UUID.
func NewV4() (*UUID, error) {
	u := new(UUID)
	if _, err := rand.Read(u[:]); err != nil {
		return nil, err
	}
	u[6] = (u[6] & 0x0f) | 0x40
	u[8] = (u[8] & 0x3f) | 0x80
	return u, nil
}

// Parse reads a UUID from 16 bytes.
func Parse(b []byte) (*UUID, error) {
	if len(b) != 16 {
		return nil, errors.New("invalid UUID length")
	}
	u := new(UUID)
	copy(u[:], b)
	return u, nil
}

func (u *UUID) String() string {
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:])
}
