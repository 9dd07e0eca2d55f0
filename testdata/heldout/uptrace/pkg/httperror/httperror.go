// Package httperror reproduces the subset of
// github.com/uptrace/uptrace/pkg/httperror used here.
package httperror

import "net/http"

// Error is an error with an HTTP status (pkg/httperror/httperror.go).
type Error interface {
	error
	HTTPStatusCode() int
}

type httpError struct {
	Status  int
	Message string
}

func (e *httpError) Error() string       { return e.Message }
func (e *httpError) HTTPStatusCode() int { return e.Status }

// Wrap reproduces pkg/httperror/httperror.go:27.
func Wrap(err error) Error {
	return &httpError{Status: http.StatusBadRequest, Message: err.Error()}
}

// Forbidden returns a 403 error.
func Forbidden(msg string) Error {
	return &httpError{Status: http.StatusForbidden, Message: msg}
}
