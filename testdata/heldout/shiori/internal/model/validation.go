package model

import "fmt"

// ValidationError reproduces internal/model/validation.go.
type ValidationError struct {
	Field   string
	Message string
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("%s: %s", v.Field, v.Message)
}

// NewValidationError reproduces internal/model/validation.go.
func NewValidationError(field, message string) ValidationError {
	return ValidationError{Field: field, Message: message}
}
