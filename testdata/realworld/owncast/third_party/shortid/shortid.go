// Package shortid is a minimal stand-in for github.com/teris-io/shortid.
package shortid

import (
	"crypto/rand"
	"encoding/hex"
)

// MustGenerate returns a new random short id.
func MustGenerate() string {
	b := make([]byte, 5)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}
