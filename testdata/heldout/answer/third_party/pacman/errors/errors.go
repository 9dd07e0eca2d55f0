// Package errors is a stand-in for github.com/segmentfault/pacman/errors:
// the error type Answer returns from its repositories and services.
package errors

import "fmt"

// Error is a coded error with an optional cause.
type Error struct {
	Code   int
	Reason string
	Msg    string
	Err    error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%d %s: %v", e.Code, e.Reason, e.Err)
	}
	return fmt.Sprintf("%d %s %s", e.Code, e.Reason, e.Msg)
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// WithError sets the cause.
func (e *Error) WithError(err error) *Error {
	e.Err = err
	return e
}

// WithMsg sets the message.
func (e *Error) WithMsg(msg string) *Error {
	e.Msg = msg
	return e
}

// WithStack is a no-op here (pacman records the stack).
func (e *Error) WithStack() *Error { return e }

// New returns a new error.
func New(code int, reason string) *Error { return &Error{Code: code, Reason: reason} }

// BadRequest 400.
func BadRequest(reason string) *Error { return New(400, reason) }

// Forbidden 403.
func Forbidden(reason string) *Error { return New(403, reason) }

// InternalServer 500.
func InternalServer(reason string) *Error { return New(500, reason) }
