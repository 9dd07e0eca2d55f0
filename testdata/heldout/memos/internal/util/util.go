// Package util is a small stand-in for github.com/usememos/memos/internal/util.
package util

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
)

// RandomString returns a random hex string of length n.
func RandomString(n int) (string, error) {
	b := make([]byte, (n+1)/2)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b)[:n], nil
}

// GenUUID returns a random UUID v4 string.
func GenUUID() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	b[6] = (b[6] & 0x0f) | 0x40
	b[8] = (b[8] & 0x3f) | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}

// ShortUUID stands in for github.com/lithammer/shortuuid shortuuid.New().
func ShortUUID() string {
	b := make([]byte, 11)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
