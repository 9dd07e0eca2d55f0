// Package bcrypt is a tiny stand-in for golang.org/x/crypto/bcrypt.
package bcrypt

import "crypto/sha256"

// DefaultCost is the default cost.
const DefaultCost = 10

// GenerateFromPassword returns a (fake) hash of the password.
func GenerateFromPassword(password []byte, cost int) ([]byte, error) {
	sum := sha256.Sum256(password)
	return sum[:], nil
}
