// Package i18n reproduces ArtalkJS/Artalk d25beede911d internal/i18n (minimal stand-in).
package i18n

// T reproduces internal/i18n/i18n.go:29 (returns the key unchanged).
func T(key string, args ...map[string]interface{}) string { return key }
