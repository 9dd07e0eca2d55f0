// Package dberr classifies database errors.
package dberr

import (
	"errors"

	"gorm.io/gorm"
)

// NotFound reports whether err means no row.
func NotFound(err error) bool {
	return errors.Is(err, gorm.ErrRecordNotFound)
}
