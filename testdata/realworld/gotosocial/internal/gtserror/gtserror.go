// Package gtserror is a reduced copy of internal/gtserror (new.go,
// withcode.go, error.go).
package gtserror

import (
	"errors"
	"fmt"
	"net/http"
)

// New is internal/gtserror/new.go:26.
func New(msg string) error { return errors.New(msg) }

// Newf is internal/gtserror/new.go:32.
func Newf(msgf string, args ...any) error { return fmt.Errorf(msgf, args...) }

// WithCode is internal/gtserror/withcode.go.
type WithCode interface {
	Unwrap() error
	Error() string
	Safe() string
	Code() int
}

type withCode struct {
	original error
	safe     error
	code     int
}

func (e withCode) Unwrap() error { return e.original }
func (e withCode) Error() string { return e.original.Error() }
func (e withCode) Safe() string  { return e.safe.Error() }
func (e withCode) Code() int     { return e.code }

func newWithCode(code int, original error, helpText ...string) WithCode {
	safe := http.StatusText(code)
	if len(helpText) > 0 {
		safe = safe + ": " + helpText[0]
	}
	return withCode{original: original, safe: errors.New(safe), code: code}
}

func NewErrorBadRequest(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusBadRequest, original, helpText...)
}
func NewErrorNotFound(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusNotFound, original, helpText...)
}
func NewErrorInternalError(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusInternalServerError, original, helpText...)
}
func NewErrorConflict(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusConflict, original, helpText...)
}
func NewErrorNotAcceptable(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusNotAcceptable, original, helpText...)
}
func NewErrorForbidden(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusForbidden, original, helpText...)
}
func NewErrorUnprocessableEntity(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusUnprocessableEntity, original, helpText...)
}
func NewErrorGone(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusGone, original, helpText...)
}
func NewErrorUnauthorized(original error, helpText ...string) WithCode {
	return newWithCode(http.StatusUnauthorized, original, helpText...)
}

type statusCodeErr struct {
	error
	code int
}

func (e statusCodeErr) Unwrap() error { return e.error }

// StatusCode is internal/gtserror/error.go:112.
func StatusCode(err error) int {
	var sc statusCodeErr
	if errors.As(err, &sc) {
		return sc.code
	}
	return 0
}

// WithStatusCode is internal/gtserror/error.go:119.
func WithStatusCode(err error, code int) error { return statusCodeErr{err, code} }

type unretrievable struct{ error }

func (e unretrievable) Unwrap() error { return e.error }

// SetUnretrievable is internal/gtserror/error.go:70.
func SetUnretrievable(err error) error { return unretrievable{err} }

// IsUnretrievable is internal/gtserror/error.go:63.
func IsUnretrievable(err error) bool {
	var u unretrievable
	return errors.As(err, &u)
}
