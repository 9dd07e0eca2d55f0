// Package xerrors is a stand-in for golang.org/x/xerrors (the subset used).
package xerrors

import (
	"errors"
	"fmt"
)

// Errorf is xerrors.Errorf.
func Errorf(format string, a ...interface{}) error { return fmt.Errorf(format, a...) }

// New is xerrors.New.
func New(text string) error { return errors.New(text) }

// Is is xerrors.Is.
func Is(err, target error) bool { return errors.Is(err, target) }

// As is xerrors.As.
func As(err error, target interface{}) bool { return errors.As(err, target) }
