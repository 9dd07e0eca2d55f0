// Package uuid is a minimal stand-in for github.com/gofrs/uuid/v5, used by the
// rocboss/paopao-ce 0b35d12b74c0 reproduction.
package uuid

import guuid "github.com/google/uuid"

// UUID stands in for uuid.UUID.
type UUID = guuid.UUID

// NewV4 stands in for uuid.NewV4.
func NewV4() (UUID, error) { return guuid.NewRandom() }

// Must stands in for uuid.Must.
func Must(u UUID, err error) UUID {
	if err != nil {
		panic(err)
	}
	return u
}
