// Package auth reproduces server/services/auth/password.go, trimmed.
package auth

import (
	"fmt"
	"strings"

	"golang.org/x/crypto/bcrypt"
)

var PasswordHashStrength = 10

// HashPassword generates a hash using the bcrypt.GenerateFromPassword.
func HashPassword(password string) string {
	hash, err := bcrypt.GenerateFromPassword([]byte(password), PasswordHashStrength)
	if err != nil {
		panic(err)
	}

	return string(hash)
}

// ComparePassword compares the hash.
func ComparePassword(hash, password string) bool {
	if len(password) == 0 || len(hash) == 0 {
		return false
	}

	err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password))
	return err == nil
}

type InvalidPasswordError struct {
	FailingCriterias []string
}

func (ipe *InvalidPasswordError) Error() string {
	return fmt.Sprintf("invalid password, failing criteria: %s", strings.Join(ipe.FailingCriterias, ", "))
}

type PasswordSettings struct {
	MinimumLength int
}

func IsPasswordValid(password string, settings PasswordSettings) error {
	if len(password) < settings.MinimumLength {
		return &InvalidPasswordError{FailingCriterias: []string{"min-length"}}
	}
	return nil
}
