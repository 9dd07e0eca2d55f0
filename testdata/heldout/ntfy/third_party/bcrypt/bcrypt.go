// Package bcrypt is a stand-in for the subset of golang.org/x/crypto/bcrypt used by ntfy.
package bcrypt

import "errors"

// GenerateFromPassword returns a (fake) hash of the password.
func GenerateFromPassword(password []byte, cost int) ([]byte, error) {
	return append([]byte("$2a$10$"), password...), nil
}

// CompareHashAndPassword compares a hash with a password.
func CompareHashAndPassword(hashedPassword, password []byte) error {
	if string(hashedPassword) != "$2a$10$"+string(password) {
		return errors.New("mismatch")
	}
	return nil
}
