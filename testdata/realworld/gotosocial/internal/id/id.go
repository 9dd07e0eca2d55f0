// Package id stands in for internal/id (ULID generation).
package id

import (
	"crypto/rand"
	"encoding/hex"
	"strings"
	"time"
)

func newID() string {
	b := make([]byte, 13)
	_, _ = rand.Read(b)
	return strings.ToUpper(hex.EncodeToString(b))[:26]
}

// NewULID is internal/id/ulid.go.
func NewULID() string { return newID() }

// NewRandomULID is internal/id/ulid.go.
func NewRandomULID() string { return newID() }

// NewULIDFromTime is internal/id/ulid.go.
func NewULIDFromTime(t time.Time) string { return newID() }
