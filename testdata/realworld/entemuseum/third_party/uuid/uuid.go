// Package uuid stands in for github.com/google/uuid.
package uuid

import (
	"crypto/rand"
	"fmt"
)

// UUID is a 16 byte UUID.
type UUID [16]byte

// New returns a random (version 4) UUID.
func New() UUID {
	var u UUID
	rand.Read(u[:])
	u[6] = (u[6] & 0x0f) | 0x40
	u[8] = (u[8] & 0x3f) | 0x80
	return u
}

// Parse decodes s into a UUID.
func Parse(s string) (UUID, error) {
	var u UUID
	if len(s) != 36 {
		return u, fmt.Errorf("invalid UUID length: %d", len(s))
	}
	_, err := fmt.Sscanf(s, "%08x-%04x-%04x-%04x-%012x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
	return u, err
}

// String returns the canonical form.
func (u UUID) String() string {
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}
