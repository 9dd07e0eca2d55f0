// Package syntax reproduces, trimmed, the identifier types of indigo
// atproto/syntax (did.go, handle.go, atidentifier.go, tid.go) used by the
// reproduced relay and tap code.
package syntax

import (
	"errors"
	"strings"
)

// DID reproduces atproto/syntax/did.go.
type DID string

// ParseDID reproduces atproto/syntax/did.go (validation trimmed).
func ParseDID(raw string) (DID, error) {
	if !strings.HasPrefix(raw, "did:") {
		return "", errors.New("DID requires \"did:\" prefix")
	}
	return DID(raw), nil
}

func (d DID) AtIdentifier() AtIdentifier { return AtIdentifier(d) }

func (d DID) String() string { return string(d) }

// Handle reproduces atproto/syntax/handle.go.
type Handle string

// ParseHandle reproduces atproto/syntax/handle.go (validation trimmed).
func ParseHandle(raw string) (Handle, error) {
	if raw == "" || !strings.Contains(raw, ".") {
		return "", errors.New("handle is not a valid domain name")
	}
	return Handle(raw), nil
}

func (h Handle) Normalize() Handle { return Handle(strings.ToLower(string(h))) }

func (h Handle) String() string { return string(h) }

// AtIdentifier reproduces atproto/syntax/atidentifier.go:8.
type AtIdentifier string

// TID reproduces atproto/syntax/tid.go.
type TID string
