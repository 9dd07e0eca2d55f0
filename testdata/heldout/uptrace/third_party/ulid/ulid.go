// Package ulid is a stand-in for github.com/oklog/ulid/v2.
package ulid

import (
	"crypto/rand"
	"encoding/hex"
)

type ULID [16]byte

// Make returns a new, random (monotonic in the real package) ULID.
func Make() ULID {
	var id ULID
	_, _ = rand.Read(id[:])
	return id
}

func MustParse(s string) ULID {
	var id ULID
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	copy(id[:], b)
	return id
}

func (id ULID) String() string { return hex.EncodeToString(id[:]) }
