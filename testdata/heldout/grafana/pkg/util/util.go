// Package util reproduces the few helpers of Grafana's pkg/util that the
// reproduced code calls.
package util

import (
	"crypto/rand"
	"encoding/hex"
)

// GenerateShortUID returns a fresh random identifier (upstream: a short
// base-36 uuid).
func GenerateShortUID() string {
	b := make([]byte, 7)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func GetRandomString(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b)[:n], nil
}

func StringsFallback2(val1 string, val2 string) string {
	if val1 != "" {
		return val1
	}
	return val2
}
