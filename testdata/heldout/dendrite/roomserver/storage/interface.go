// Package storage reproduces roomserver/storage/interface.go, trimmed to the
// methods used by the reproduced sites.
package storage

import (
	"context"
	"crypto/ed25519"

	"example.com/heldout/dendrite/roomserver/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// Database reproduces roomserver/storage/interface.go Database (trimmed).
type Database interface {
	// Stores a room alias
	SetRoomAlias(ctx context.Context, alias string, roomID string, creatorUserID string) error
	// Lookup the room ID for the given alias.
	GetRoomIDForAlias(ctx context.Context, alias string) (string, error)
	AssignRoomNID(ctx context.Context, roomID spec.RoomID, roomVersion gomatrixserverlib.RoomVersion) (roomNID types.RoomNID, err error)
	GetOrCreateEventTypeNID(ctx context.Context, eventType string) (eventTypeNID types.EventTypeNID, err error)
	// InsertUserRoomPrivatePublicKey inserts the given private key as well as the public key for it. This should be used
	// when creating keys locally.
	InsertUserRoomPrivatePublicKey(ctx context.Context, userID spec.UserID, roomID spec.RoomID, key ed25519.PrivateKey) (ed25519.PrivateKey, error)
	// SelectUserRoomPrivateKey selects the private key for the given user and room combination
	SelectUserRoomPrivateKey(ctx context.Context, userID spec.UserID, roomID spec.RoomID) (key ed25519.PrivateKey, err error)
}
