// Package api reproduces the roomserver API request types used by the sites.
package api

import (
	"context"
	"crypto/ed25519"
	"encoding/json"

	"example.com/heldout/dendrite/third_party/gomatrixserverlib"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// GetRoomIDForAliasRequest mirrors roomserver/api/alias.go GetRoomIDForAliasRequest.
type GetRoomIDForAliasRequest struct {
	// Alias we want to lookup
	Alias string `json:"alias"`
	// Should we ask appservices for their aliases as a part of
	// the request?
	IncludeAppservices bool `json:"include_appservices"`
}

// GetRoomIDForAliasResponse mirrors roomserver/api/alias.go GetRoomIDForAliasResponse.
type GetRoomIDForAliasResponse struct {
	// The room ID the alias refers to
	RoomID string `json:"room_id"`
}

// PerformCreateRoomRequest mirrors roomserver/api/perform.go PerformCreateRoomRequest (trimmed).
type PerformCreateRoomRequest struct {
	RoomVersion     gomatrixserverlib.RoomVersion
	RoomAliasName   string
	CreationContent json.RawMessage
}

// RoomserverInternalAPI mirrors the methods of roomserver/api/api.go
// RoomserverInternalAPI used by the create-room path (trimmed).
type RoomserverInternalAPI interface {
	// Get the room ID for an alias
	GetRoomIDForAlias(ctx context.Context, req *GetRoomIDForAliasRequest, res *GetRoomIDForAliasResponse) error
	// Set a room alias
	SetRoomAlias(ctx context.Context, senderID spec.SenderID, roomID spec.RoomID, alias string) (aliasAlreadyUsed bool, err error)
	// GetOrCreateUserRoomPrivateKey gets the user room key for the specified user. If no key exists yet, a new one is created.
	GetOrCreateUserRoomPrivateKey(ctx context.Context, userID spec.UserID, roomID spec.RoomID) (ed25519.PrivateKey, error)
}

// ClientRoomserverAPI reproduces the methods of roomserver/api/api.go
// ClientRoomserverAPI used by the server-notices route (trimmed).
type ClientRoomserverAPI interface {
	// QueryRoomsForUser retrieves a list of room IDs matching the given query.
	QueryRoomsForUser(ctx context.Context, userID spec.UserID, desiredMembership string) ([]spec.RoomID, error)
	DefaultRoomVersion() gomatrixserverlib.RoomVersion
}
