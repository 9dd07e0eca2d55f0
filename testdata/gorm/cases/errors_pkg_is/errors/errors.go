// Package errors stands for github.com/pkg/errors: its Is forwards to
// the standard library's.
package errors

import stderrors "errors"

// Is reports whether err's chain matches target.
func Is(err, target error) bool { return stderrors.Is(err, target) }

// Wrap annotates err.
func Wrap(err error, msg string) error {
	if err == nil {
		return nil
	}
	return &withMessage{cause: err, msg: msg}
}

type withMessage struct {
	cause error
	msg   string
}

func (w *withMessage) Error() string { return w.msg + ": " + w.cause.Error() }
func (w *withMessage) Unwrap() error { return w.cause }
