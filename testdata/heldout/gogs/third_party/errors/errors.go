// Package errors is a stand-in for github.com/cockroachdb/errors with only the
// API subset used by the reproduced gogs code.
package errors

import (
	stderrors "errors"
	"fmt"
)

// New returns an error with the given message.
func New(msg string) error { return stderrors.New(msg) }

// Newf returns an error formatted with the given arguments.
func Newf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// Errorf is an alias of Newf.
func Errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// Wrap annotates err with msg; it returns nil when err is nil.
func Wrap(err error, msg string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", msg, err)
}

// Wrapf annotates err with a formatted message; it returns nil when err is nil.
func Wrapf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool { return stderrors.Is(err, target) }

// As finds the first error in err's chain that matches target.
func As(err error, target any) bool { return stderrors.As(err, target) }

// Cause returns the innermost error of the chain.
func Cause(err error) error {
	for {
		u := stderrors.Unwrap(err)
		if u == nil {
			return err
		}
		err = u
	}
}
