// Package biz reproduces chainloop-dev/chainloop 40014e92b106 app/controlplane/pkg/biz.
package biz

import (
	"errors"
	"fmt"
)

// ErrNotFound is biz/errors.go:23.
type ErrNotFound struct {
	entity string
}

// NewErrNotFound is biz/errors.go:27.
func NewErrNotFound(entity string) ErrNotFound {
	return ErrNotFound{entity}
}

func (e ErrNotFound) Error() string {
	return fmt.Sprintf("%s not found", e.entity)
}

// IsNotFound is biz/errors.go:35.
func IsNotFound(err error) bool {
	return errors.As(err, &ErrNotFound{})
}

// ErrInvalidUUID is biz/errors.go:39.
type ErrInvalidUUID struct {
	err error
}

// NewErrInvalidUUID is biz/errors.go:43.
func NewErrInvalidUUID(err error) ErrInvalidUUID {
	return ErrInvalidUUID{err}
}

func (e ErrInvalidUUID) Error() string {
	return fmt.Sprintf("invalid UUID: %s", e.err.Error())
}

// ErrValidation is biz/errors.go:55.
type ErrValidation struct {
	err error
}

// NewErrValidationStr is biz/errors.go:59.
func NewErrValidationStr(errMsg string) ErrValidation {
	return ErrValidation{errors.New(errMsg)}
}

// NewErrValidation is biz/errors.go:63.
func NewErrValidation(err error) ErrValidation {
	return ErrValidation{err}
}

func (e ErrValidation) Error() string {
	return fmt.Sprintf("validation error: %s", e.err.Error())
}

// ErrAlreadyExists is biz/errors.go:184.
type ErrAlreadyExists struct {
	err error
}

// NewErrAlreadyExists is biz/errors.go:188.
func NewErrAlreadyExists(err error) ErrAlreadyExists {
	return ErrAlreadyExists{err}
}

// NewErrAlreadyExistsStr is biz/errors.go:192.
func NewErrAlreadyExistsStr(errMsg string) ErrAlreadyExists {
	return ErrAlreadyExists{errors.New(errMsg)}
}

func (e ErrAlreadyExists) Error() string {
	return fmt.Sprintf("duplicated: %s", e.err.Error())
}

// IsErrAlreadyExists is biz/errors.go:200.
func IsErrAlreadyExists(err error) bool {
	return errors.As(err, &ErrAlreadyExists{})
}
