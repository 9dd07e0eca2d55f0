// Package domain reproduces h44z/wg-portal c800e7dd343b internal/domain.
package domain

import (
	"errors"
)

var ErrNotFound = errors.New("record not found")
var ErrNotUnique = errors.New("record not unique")
var ErrNoPermission = errors.New("no permission")
var ErrDuplicateEntry = errors.New("duplicate entry")
var ErrInvalidData = errors.New("invalid data")
