// Package messages is a reduced copy of internal/messages.
package messages

import "example.com/realworld/gotosocial/internal/gtsmodel"

// FromFediAPI is internal/messages/messages.go (fields trimmed).
type FromFediAPI struct {
	GTSModel   any
	Receiving  *gtsmodel.Account
	Requesting *gtsmodel.Account
}
