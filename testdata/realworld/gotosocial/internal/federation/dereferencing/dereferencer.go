// Package dereferencing is a reduced copy of
// internal/federation/dereferencing.
package dereferencing

import (
	"context"
	"net/url"

	"example.com/realworld/gotosocial/internal/gtsmodel"
	"example.com/realworld/gotosocial/internal/state"
)

// Transport stands in for the transport controller and the ActivityPub
// conversion: it returns the remote model for a URI.
type Transport interface {
	DereferenceAccount(ctx context.Context, uri *url.URL) (*gtsmodel.Account, error)
	DereferenceStatus(ctx context.Context, uri *url.URL) (*gtsmodel.Status, error)
}

// Dereferencer is internal/federation/dereferencing/dereferencer.go
// (fields trimmed).
type Dereferencer struct {
	state     *state.State
	transport Transport
}

// NewDereferencer is internal/federation/dereferencing/dereferencer.go.
func NewDereferencer(state *state.State, transport Transport) Dereferencer {
	return Dereferencer{state: state, transport: transport}
}
