// Package random stands in for museum pkg/utils/random.
package random

import "crypto/rand"

const alphaNum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

// GenerateAlphaNumString returns a random alphanumeric string of length n.
func GenerateAlphaNumString(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	for i := range b {
		b[i] = alphaNum[int(b[i])%len(alphaNum)]
	}
	return string(b), nil
}

// IsAlphanumeric reports whether s only has letters and digits.
func IsAlphanumeric(s string) bool {
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
