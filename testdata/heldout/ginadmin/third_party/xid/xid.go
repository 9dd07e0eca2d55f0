// Package xid is a stand-in for github.com/rs/xid: New().String() returns a
// fresh, globally unique 20-character id.
package xid

import (
	"crypto/rand"
	"encoding/hex"
)

// ID stands in for xid.ID.
type ID [10]byte

// New returns a fresh id.
func New() ID {
	var id ID
	_, _ = rand.Read(id[:])
	return id
}

// String encodes the id in 20 characters.
func (id ID) String() string {
	return hex.EncodeToString(id[:])
}
