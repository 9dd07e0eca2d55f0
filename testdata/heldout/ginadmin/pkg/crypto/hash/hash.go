// Package hash stands in for gin-admin's pkg/crypto/hash (bcrypt).
package hash

import (
	"crypto/sha256"
	"encoding/hex"
)

// GeneratePassword stands in for the bcrypt hash of a password.
func GeneratePassword(password string) (string, error) {
	sum := sha256.Sum256([]byte(password))
	return hex.EncodeToString(sum[:]), nil
}
