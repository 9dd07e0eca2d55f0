package signer

import "context"

// Signer is an interface for signing payloads and retrieving validation keys.
// Reproduces upstream server/signer/signer.go:10 (reduced to Start).
type Signer interface {
	// Start starts any background tasks required by the signer (e.g., key rotation).
	Start(ctx context.Context)
}
