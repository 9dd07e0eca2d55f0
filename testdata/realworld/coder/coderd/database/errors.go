package database

import (
	"errors"

	"github.com/lib/pq"
)

// IsSerializedError is coderd/database/errors.go IsSerializedError.
func IsSerializedError(err error) bool {
	var pqErr *pq.Error
	if errors.As(err, &pqErr) {
		return pqErr.Code.Name() == "serialization_failure"
	}
	return false
}

// IsUniqueViolation checks if the error is due to a unique violation. If one
// or more specific unique constraints are given as arguments, the error must
// be caused by one of them (coderd/database/errors.go).
func IsUniqueViolation(err error, uniqueConstraints ...string) bool {
	var pqErr *pq.Error
	if errors.As(err, &pqErr) {
		if pqErr.Code.Name() == "unique_violation" {
			if len(uniqueConstraints) == 0 {
				return true
			}
			for _, uc := range uniqueConstraints {
				if pqErr.Constraint == uc {
					return true
				}
			}
		}
	}
	return false
}
