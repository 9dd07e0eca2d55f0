// Package types reproduces federationapi/types (OutboundPeek only).
package types

import "example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"

// OutboundPeek reproduces federationapi/types/types.go:36.
type OutboundPeek struct {
	PeekID            string
	RoomID            string
	ServerName        spec.ServerName
	CreationTimestamp int64
	RenewedTimestamp  int64
	RenewalInterval   int64
}
