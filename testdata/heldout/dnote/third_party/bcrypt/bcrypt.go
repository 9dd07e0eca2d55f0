// Package bcrypt is a minimal stand-in for golang.org/x/crypto/bcrypt, used by
// the dnote/dnote 8ffd44f36287 reproduction (not a real password hash).
package bcrypt

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
)

// DefaultCost stands in for bcrypt.DefaultCost.
const DefaultCost = 10

// ErrMismatchedHashAndPassword stands in for bcrypt.ErrMismatchedHashAndPassword.
var ErrMismatchedHashAndPassword = errors.New("hashedPassword is not the hash of the given password")

// GenerateFromPassword stands in for bcrypt.GenerateFromPassword.
func GenerateFromPassword(password []byte, cost int) ([]byte, error) {
	_ = cost
	sum := sha256.Sum256(password)
	return sum[:], nil
}

// CompareHashAndPassword stands in for bcrypt.CompareHashAndPassword.
func CompareHashAndPassword(hashedPassword, password []byte) error {
	sum := sha256.Sum256(password)
	if subtle.ConstantTimeCompare(hashedPassword, sum[:]) != 1 {
		return ErrMismatchedHashAndPassword
	}
	return nil
}
