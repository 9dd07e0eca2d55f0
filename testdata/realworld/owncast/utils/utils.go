// Package utils is a reduced copy of owncast utils (only the helpers the
// reproduced sites call).
package utils

import (
	"crypto/rand"
	"encoding/base64"
	"math/big"
)

// GenerateRandomString returns a URL-safe random string of n bytes.
func GenerateRandomString(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.URLEncoding.EncodeToString(b), nil
}

// GenerateAccessToken returns a new random access token.
func GenerateAccessToken() (string, error) {
	return GenerateRandomString(32)
}

// GenerateRandomDisplayColor returns a random color index below maxColor.
func GenerateRandomDisplayColor(maxColor int) int {
	n, _ := rand.Int(rand.Reader, big.NewInt(int64(maxColor)))
	return int(n.Int64())
}
