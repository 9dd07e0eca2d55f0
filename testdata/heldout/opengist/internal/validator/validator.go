// Package validator is a reduced stand-in for internal/validator of opengist.
package validator

import "example.com/heldout/opengist/internal/i18n"

// ValidationMessages renders validation errors for a flash message.
func ValidationMessages(err *error, locale *i18n.Locale) string {
	if err == nil || *err == nil {
		return ""
	}
	return (*err).Error()
}
