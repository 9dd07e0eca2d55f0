// Package i18n is a reduced stand-in for internal/i18n of opengist.
package i18n

// Locale is a loaded translation.
type Locale struct {
	Code string
}
