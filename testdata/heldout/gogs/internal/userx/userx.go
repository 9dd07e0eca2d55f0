// Package userx is internal/userx, reduced to the helpers the reproduced
// UsersStore uses.
package userx

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// RandomSalt returns randomly generated 10-character string that can be used
// as the user salt.
func RandomSalt() (string, error) {
	b := make([]byte, 5)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// EncodePassword encodes password using given salt (PBKDF2 upstream).
func EncodePassword(password, salt string) string {
	sum := sha256.Sum256([]byte(salt + password))
	return fmt.Sprintf("%x", sum)
}

// ValidatePassword returns true if the given password matches the encoded one.
func ValidatePassword(encoded, salt, password string) bool {
	return EncodePassword(password, salt) == encoded
}
