// Package validate is a trimmed reproduction of goalert's validation/validate
// package (no database access).
package validate

import (
	"errors"
	"strings"

	"github.com/google/uuid"

	"example.com/heldout/goalert/validation"
)

// Many returns the first non-nil error.
func Many(errs ...error) error { return errors.Join(errs...) }

// UUID validates a UUID.
func UUID(fname, u string) error {
	if _, err := uuid.Parse(u); err != nil {
		return validation.NewFieldError(fname, "must be a valid UUID")
	}
	return nil
}

// ParseUUID parses a UUID.
func ParseUUID(fname, u string) (uuid.UUID, error) {
	id, err := uuid.Parse(u)
	if err != nil {
		return uuid.Nil, validation.NewFieldError(fname, "must be a valid UUID")
	}
	return id, nil
}

// ManyUUID validates many UUIDs.
func ManyUUID(fname string, ids []string, max int) error {
	for _, id := range ids {
		if err := UUID(fname, id); err != nil {
			return err
		}
	}
	return nil
}

// SubjectID validates a provider or subject ID.
func SubjectID(fname, v string) error {
	if v == "" {
		return validation.NewFieldError(fname, "must not be empty")
	}
	return nil
}

// OneOf validates v is one of the options.
func OneOf[T comparable](fname string, v T, options ...T) error {
	for _, o := range options {
		if o == v {
			return nil
		}
	}
	return validation.NewFieldError(fname, "invalid value")
}

// ASCII validates length.
func ASCII(fname, v string, min, max int) error {
	if len(v) < min || len(v) > max {
		return validation.NewFieldError(fname, "invalid length")
	}
	return nil
}

// SanitizeName trims a name.
func SanitizeName(name string) string { return strings.TrimSpace(name) }

// SanitizeEmail trims an email.
func SanitizeEmail(email string) string { return strings.TrimSpace(email) }
