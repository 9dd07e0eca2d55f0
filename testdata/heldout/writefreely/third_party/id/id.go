// Package id is a stand-in for github.com/writeas/web-core/id.
package id

import (
	"crypto/rand"
	"math/big"
)

// GenerateRandomString returns a random string of length l from dictionary.
func GenerateRandomString(dictionary string, l int) string {
	b := make([]byte, l)
	for i := range b {
		n, _ := rand.Int(rand.Reader, big.NewInt(int64(len(dictionary))))
		b[i] = dictionary[n.Int64()]
	}
	return string(b)
}

// GenerateFriendlyRandomString returns a random lowercase alphanumeric string.
func GenerateFriendlyRandomString(l int) string {
	return GenerateRandomString("0123456789abcdefghijklmnopqrstuvwxyz", l)
}

// Generate62RandomString returns a random base-62 string.
func Generate62RandomString(l int) string {
	return GenerateRandomString("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", l)
}
