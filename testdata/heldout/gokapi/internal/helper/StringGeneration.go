package helper

import (
	cryptorand "crypto/rand"
	"encoding/base64"
	"regexp"
)

// Returns securely generated random bytes.
func generateRandomBytes(n int) []byte {
	b := make([]byte, n)
	_, _ = cryptorand.Read(b)
	return b
}

// GenerateRandomString returns a URL-safe, base64 encoded securely generated random string.
// (upstream internal/helper/StringGeneration.go:22)
func GenerateRandomString(length int) string {
	b := generateRandomBytes(length + 10)
	result := cleanRandomString(base64.URLEncoding.EncodeToString(b))
	if len(result) < length {
		return GenerateRandomString(length)
	}
	return result[:length]
}

// Removes special characters from string
func cleanRandomString(input string) string {
	reg, err := regexp.Compile("[^a-zA-Z0-9]+")
	Check(err)
	return reg.ReplaceAllString(input, "")
}
