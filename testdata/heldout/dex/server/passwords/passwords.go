// Package passwords reduces upstream server/passwords.
package passwords

import (
	"fmt"

	"golang.org/x/crypto/bcrypt"
)

const (
	recCost     = 12
	upBoundCost = 16
)

// CheckCost checks the bcrypt cost of a hash.
// Reproduces upstream server/passwords/passwords.go:25.
func CheckCost(hash []byte) error {
	actual, err := bcrypt.Cost(hash)
	if err != nil {
		return fmt.Errorf("parsing bcrypt hash: %v", err)
	}
	if actual < bcrypt.DefaultCost {
		return fmt.Errorf("given hash cost = %d does not meet minimum cost requirement = %d", actual, bcrypt.DefaultCost)
	}
	if actual > upBoundCost {
		return fmt.Errorf("given hash cost = %d is above upper bound cost = %d, recommended cost = %d", actual, upBoundCost, recCost)
	}
	return nil
}
