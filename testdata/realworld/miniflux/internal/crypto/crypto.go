// Package crypto stands in for miniflux internal/crypto.
package crypto // import "example.com/realworld/miniflux/internal/crypto"

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
)

// HashPassword stands in for the bcrypt hash of internal/crypto.
func HashPassword(password string) (string, error) {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]), nil
}

// GenerateRandomStringHex returns a random hexadecimal string.
func GenerateRandomStringHex(size int) string {
	b := make([]byte, size/2)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// HashFromBytes returns a SHA-256 checksum of the input.
func HashFromBytes(value []byte) string {
	sum := sha256.Sum256(value)
	return hex.EncodeToString(sum[:])
}
