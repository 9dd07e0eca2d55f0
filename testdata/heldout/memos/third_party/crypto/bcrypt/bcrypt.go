// Package bcrypt is a small stand-in for golang.org/x/crypto/bcrypt (no real hashing).
package bcrypt

import "crypto/sha256"

// DefaultCost mirrors bcrypt.DefaultCost.
const DefaultCost = 10

// GenerateFromPassword stands in for bcrypt.GenerateFromPassword.
func GenerateFromPassword(password []byte, _ int) ([]byte, error) {
	sum := sha256.Sum256(password)
	return sum[:], nil
}
