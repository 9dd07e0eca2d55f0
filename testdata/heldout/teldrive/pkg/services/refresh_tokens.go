package services

import (
	"crypto/sha256"
	"encoding/hex"
)

// hashToken reproduces pkg/services/refresh_tokens.go:12.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
