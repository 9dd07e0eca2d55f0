// Package identity reproduces, trimmed, indigo atproto/identity
// (directory.go:26 Directory, identity.go:15 Identity).
package identity

import (
	"context"

	"example.com/heldout/indigo/atproto/syntax"
)

// Directory reproduces atproto/identity/directory.go:26.
type Directory interface {
	LookupHandle(ctx context.Context, handle syntax.Handle) (*Identity, error)
	LookupDID(ctx context.Context, did syntax.DID) (*Identity, error)
	Lookup(ctx context.Context, atid syntax.AtIdentifier) (*Identity, error)

	// Flushes any cache of the indicated identifier. If directory is not using caching, can ignore this.
	Purge(ctx context.Context, atid syntax.AtIdentifier) error
}

// Identity reproduces atproto/identity/identity.go:15 (trimmed).
type Identity struct {
	DID    syntax.DID
	Handle syntax.Handle

	pdsEndpoint string
}

// PDSEndpoint reproduces atproto/identity/identity.go:171 (trimmed).
func (i *Identity) PDSEndpoint() string {
	return i.pdsEndpoint
}
