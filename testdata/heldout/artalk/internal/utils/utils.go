// Package utils reproduces ArtalkJS/Artalk d25beede911d internal/utils (minimal stand-in).
package utils

import "strings"

// ValidateEmail reproduces internal/utils/validator.go:9.
func ValidateEmail(email string) bool { return strings.Contains(email, "@") }

// ValidateURL reproduces internal/utils/validator.go:13.
func ValidateURL(url string) bool {
	return strings.HasPrefix(url, "http://") || strings.HasPrefix(url, "https://")
}

// SplitAndTrimSpace reproduces internal/utils/string.go:44.
func SplitAndTrimSpace(s string, sep string) []string {
	out := []string{}
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// RandomStringWithAlphabet reproduces internal/utils/random.go:27.
func RandomStringWithAlphabet(n int, alphabet string) string {
	return strings.Repeat(alphabet[:1], n)
}
