// Package rnd reproduces photoprism/photoprism 382ffa89927f pkg/rnd (UID helpers, simplified).
package rnd

import (
	"fmt"
	"math/rand"
	"time"
)

// IsUID is pkg/rnd/uid.go IsUID.
func IsUID(s string, prefix byte) bool {
	return len(s) == 16 && (prefix == 0 || s[0] == prefix)
}

// InvalidUID is pkg/rnd/uid.go InvalidUID.
func InvalidUID(s string, prefix byte) bool {
	return !IsUID(s, prefix)
}

// GenerateUID is pkg/rnd/uid.go GenerateUID.
func GenerateUID(prefix byte) string {
	return fmt.Sprintf("%c%015x", prefix, time.Now().UnixNano()^rand.Int63())[:16]
}

// Base10 is pkg/rnd/base10.go Base10.
func Base10(length int) string {
	return fmt.Sprintf("%0*d", length, rand.Intn(1000000))[:length]
}
