// Package uniuri is a stand-in for github.com/dchest/uniuri (NewLen only).
package uniuri

import (
	"crypto/rand"
	"encoding/hex"
)

// NewLen returns a new random string of the provided length.
func NewLen(length int) string {
	b := make([]byte, length)
	rand.Read(b)
	return hex.EncodeToString(b)[:length]
}
