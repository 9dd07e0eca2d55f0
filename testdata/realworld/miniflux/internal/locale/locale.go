// Package locale stands in for miniflux internal/locale (error values only).
package locale // import "example.com/realworld/miniflux/internal/locale"

import "errors"

// LocalizedError is internal/locale/error.go.
type LocalizedError struct {
	translationKey string
}

// NewLocalizedError returns a localized error.
func NewLocalizedError(translationKey string, args ...any) *LocalizedError {
	return &LocalizedError{translationKey: translationKey}
}

// Error returns the untranslated error.
func (l *LocalizedError) Error() error { return errors.New(l.translationKey) }

// Translate returns the translated message (stand-in).
func (l *LocalizedError) Translate(language string) string { return l.translationKey }

// LocalizedErrorWrapper is internal/locale/error.go.
type LocalizedErrorWrapper struct {
	originalErr    error
	translationKey string
}

// NewLocalizedErrorWrapper wraps an error with a translation key.
func NewLocalizedErrorWrapper(originalErr error, translationKey string, args ...any) *LocalizedErrorWrapper {
	return &LocalizedErrorWrapper{originalErr: originalErr, translationKey: translationKey}
}

// Error returns the original error.
func (l *LocalizedErrorWrapper) Error() error { return l.originalErr }
