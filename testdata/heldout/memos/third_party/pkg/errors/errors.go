// Package errors is a small stand-in for github.com/pkg/errors (New, Errorf, Wrap, Wrapf, Is).
package errors

import (
	stderrors "errors"
	"fmt"
)

// New returns an error with the message.
func New(message string) error { return stderrors.New(message) }

// Errorf formats an error.
func Errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// Wrap annotates err with message; nil stays nil.
func Wrap(err error, message string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", message, err)
}

// Wrapf annotates err with a formatted message; nil stays nil.
func Wrapf(err error, format string, args ...any) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), err)
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool { return stderrors.Is(err, target) }
