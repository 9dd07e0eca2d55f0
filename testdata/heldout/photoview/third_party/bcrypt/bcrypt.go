// Package bcrypt is a stand-in for golang.org/x/crypto/bcrypt (API subset only).
package bcrypt

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
)

// ErrMismatchedHashAndPassword mirrors bcrypt.ErrMismatchedHashAndPassword.
var ErrMismatchedHashAndPassword = errors.New("crypto/bcrypt: hashedPassword is not the hash of the given password")

// GenerateFromPassword mirrors bcrypt.GenerateFromPassword.
func GenerateFromPassword(password []byte, cost int) ([]byte, error) {
	sum := sha256.Sum256(password)
	return sum[:], nil
}

// CompareHashAndPassword mirrors bcrypt.CompareHashAndPassword.
func CompareHashAndPassword(hashedPassword, password []byte) error {
	sum := sha256.Sum256(password)
	if subtle.ConstantTimeCompare(sum[:], hashedPassword) != 1 {
		return ErrMismatchedHashAndPassword
	}
	return nil
}
