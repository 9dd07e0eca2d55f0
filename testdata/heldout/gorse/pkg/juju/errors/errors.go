// Package errors is a minimal stand-in for github.com/juju/errors v1.0.0
// (the error helpers gorse uses: Trace, Annotate, NotFoundf, Is, NotFound).
package errors

import (
	stderrors "errors"
	"fmt"
)

// ConstError mirrors juju's errors.ConstError.
type ConstError string

func (e ConstError) Error() string { return string(e) }

const (
	// NotFound mirrors juju's errors.NotFound.
	NotFound = ConstError("not found")
	// NotAssigned mirrors juju's errors.NotAssigned.
	NotAssigned = ConstError("not assigned")
)

type typedError struct {
	msg string
	typ ConstError
}

func (e *typedError) Error() string        { return e.msg }
func (e *typedError) Is(target error) bool { return target == e.typ }

// NotFoundf mirrors juju's errors.NotFoundf.
func NotFoundf(format string, args ...any) error {
	return &typedError{msg: fmt.Sprintf(format, args...) + " not found", typ: NotFound}
}

// NotAssignedf mirrors juju's errors.NotAssignedf.
func NotAssignedf(format string, args ...any) error {
	return &typedError{msg: fmt.Sprintf(format, args...) + " not assigned", typ: NotAssigned}
}

// Trace mirrors juju's errors.Trace (nil stays nil).
func Trace(err error) error { return err }

// Annotate mirrors juju's errors.Annotate.
func Annotate(err error, message string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", message, err)
}

// Is mirrors juju's errors.Is (= the standard library's).
func Is(err, target error) bool { return stderrors.Is(err, target) }

// New mirrors juju's errors.New.
func New(message string) error { return stderrors.New(message) }

// Errorf mirrors juju's errors.Errorf.
func Errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
