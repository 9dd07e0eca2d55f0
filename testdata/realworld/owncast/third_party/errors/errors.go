// Package errors is a minimal stand-in for github.com/pkg/errors.
package errors

import (
	stderrors "errors"
	"fmt"
)

// New returns an error with the supplied message.
func New(message string) error { return stderrors.New(message) }

// Wrap returns an error annotating err with message; nil if err is nil.
func Wrap(err error, message string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", message, err)
}
