// Package stacktrace stands in for github.com/ente-io/stacktrace: Propagate
// returns nil for a nil error and otherwise wraps it (errors.Is / errors.As
// see through the wrapper, as with the real package).
package stacktrace

import "fmt"

type wrapped struct {
	msg   string
	cause error
}

func (w *wrapped) Error() string {
	if w.msg == "" {
		return w.cause.Error()
	}
	return w.msg + ": " + w.cause.Error()
}

func (w *wrapped) Unwrap() error { return w.cause }

// Propagate wraps err with a message; it returns nil when err is nil.
func Propagate(err error, msg string, vals ...interface{}) error {
	if err == nil {
		return nil
	}
	return &wrapped{msg: fmt.Sprintf(msg, vals...), cause: err}
}

// NewError returns a new error.
func NewError(msg string, vals ...interface{}) error {
	return fmt.Errorf(msg, vals...)
}
