// Package sql reproduces authorizerdev/authorizer 4ad0758cebf4 internal/storage/db/sql (the GORM backend).
package sql

import (
	"errors"

	"gorm.io/gorm"
)

// IsNotFound is internal/storage/db/sql/errors.go:12.
// IsNotFound reports whether err means "no such row" in this backend. GORM
// already has a single canonical sentinel, so there is nothing to wrap — the
// bare driver error returned by First()/Take() is matched directly.
func IsNotFound(err error) bool {
	return errors.Is(err, gorm.ErrRecordNotFound)
}
