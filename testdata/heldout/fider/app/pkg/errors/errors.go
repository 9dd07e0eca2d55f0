// Package errors reproduces github.com/getfider/fider/app/pkg/errors (trimmed:
// the file:line decoration and panic helpers are left out).
package errors

import (
	"fmt"
)

type theError struct {
	text  string
	cause error
}

func (e *theError) Error() string {
	return e.text
}

// New creates a new error
func New(format string, a ...any) error {
	return fmt.Errorf(format, a...)
}

// Wrap existing error with additional text
func Wrap(err error, format string, a ...any) error {
	return wrap(err, 0, format, a...)
}

// Stack add current code location without adding more info
func Stack(err error) error {
	return wrap(err, 0, "")
}

// StackN add code location of N steps before without adding more info
func StackN(err error, skip int) error {
	return wrap(err, skip, "")
}

func wrap(err error, skip int, format string, a ...any) error {
	if err == nil {
		return err
	}

	text := fmt.Sprintf(format, a...)

	casted, ok := err.(*theError)
	if ok {
		text = fmt.Sprintf("%s\n- %s", text, casted.text)
	} else {
		text = fmt.Sprintf("%s\n- %s", text, err.Error())
	}

	return &theError{
		text:  text,
		cause: Cause(err),
	}
}

// Cause returns the original error
func Cause(err error) error {
	if err == nil {
		return nil
	}
	casted, ok := err.(*theError)
	if ok {
		return casted.cause
	}
	return err
}
