// Package apperror reproduces pocket-id/pocket-id d258d952b157 backend/internal/apperror (only the constructors used here).
package apperror

import "errors"

// Code is a minimal stand-in for the upstream declaration of the same name.
// Code identifies an application error.
type Code string

// Error codes used by the reproduced services.
const (
	CodeAlreadyInUse Code = "already_in_use"
	CodeNotFound     Code = "not_found"
)

// Error is a minimal stand-in for the upstream declaration of the same name.
// Error is the application error type of backend/internal/apperror.
type Error struct {
	Code    Code
	Message string
}

// Error is a minimal stand-in for the upstream declaration of the same name.
func (e *Error) Error() string { return e.Message }

// IsCode is a minimal stand-in for the upstream declaration of the same name.
// IsCode reports whether err is an *Error with the given code.
func IsCode(err error, code Code) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == code
}

// UserNotFound is a minimal stand-in for the upstream declaration of the same name.
// UserNotFound is the user-not-found error.
func UserNotFound() *Error { return &Error{Code: CodeNotFound, Message: "user not found"} }

// NotFound is a minimal stand-in for the upstream declaration of the same name.
// NotFound is the generic not-found error.
func NotFound(what string) *Error { return &Error{Code: CodeNotFound, Message: what + " not found"} }

// AlreadyInUse is a minimal stand-in for the upstream declaration of the same name.
// AlreadyInUse is the duplicate-field error.
func AlreadyInUse(field string) *Error {
	return &Error{Code: CodeAlreadyInUse, Message: field + " is already in use"}
}

// MissingField is a minimal stand-in for the upstream declaration of the same name.
// MissingField is the missing-field error.
func MissingField(field string) *Error {
	return &Error{Code: "missing_field", Message: field + " is required"}
}

// SetupAlreadyCompleted is a minimal stand-in for the upstream declaration of the same name.
// SetupAlreadyCompleted is the initial-setup-done error.
func SetupAlreadyCompleted() *Error {
	return &Error{Code: "setup_already_completed", Message: "setup already completed"}
}

// NoAPIKeyProvided is a minimal stand-in for the upstream declaration of the same name.
// NoAPIKeyProvided is the missing API key error.
func NoAPIKeyProvided() *Error { return &Error{Code: "no_api_key", Message: "no API key provided"} }

// InvalidAPIKey is a minimal stand-in for the upstream declaration of the same name.
// InvalidAPIKey is the invalid API key error.
func InvalidAPIKey() *Error { return &Error{Code: "invalid_api_key", Message: "invalid API key"} }

// InvalidField is a minimal stand-in for the upstream declaration of the same name.
// InvalidField is the invalid-field error.
func InvalidField(field, code, msg string) *Error {
	return &Error{Code: Code(code), Message: field + " " + msg}
}

// LdapUserUpdate is a minimal stand-in for the upstream declaration of the same name.
// LdapUserUpdate is the LDAP-user-is-read-only error.
func LdapUserUpdate() *Error {
	return &Error{Code: "ldap_user_update", Message: "LDAP users can't be modified"}
}
