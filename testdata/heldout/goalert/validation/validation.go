// Package validation is a trimmed reproduction of goalert's validation package.
package validation

import "fmt"

// FieldError mirrors validation.FieldError.
type FieldError struct {
	Field   string
	Message string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Message }

// NewFieldError mirrors validation.NewFieldError.
func NewFieldError(field, msg string) error { return &FieldError{Field: field, Message: msg} }

// NewFieldErrorf mirrors validation.NewFieldErrorf.
func NewFieldErrorf(field, format string, args ...interface{}) error {
	return NewFieldError(field, fmt.Sprintf(format, args...))
}

// NewGenericError mirrors validation.NewGenericError.
func NewGenericError(msg string) error { return &FieldError{Message: msg} }

// AddPrefix mirrors validation.AddPrefix.
func AddPrefix(prefix string, err error) error {
	if fe, ok := err.(*FieldError); ok {
		return &FieldError{Field: prefix + fe.Field, Message: fe.Message}
	}
	return err
}
