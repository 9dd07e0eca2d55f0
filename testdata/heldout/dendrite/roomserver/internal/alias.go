package internal

import (
	"context"

	"example.com/heldout/dendrite/roomserver/api"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// SetRoomAlias reproduces roomserver/internal/alias.go:36.
// SetRoomAlias implements alias.RoomserverInternalAPI
func (r *RoomserverInternalAPI) SetRoomAlias(
	ctx context.Context,
	senderID spec.SenderID,
	roomID spec.RoomID,
	alias string,
) (aliasAlreadyUsed bool, err error) {
	// Check if the alias isn't already referring to a room
	existingRoomID, err := r.DB.GetRoomIDForAlias(ctx, alias) // race
	if err != nil {
		return false, err
	}

	if len(existingRoomID) > 0 {
		// If the alias already exists, stop the process
		return true, nil
	}

	// Save the new alias
	if err := r.DB.SetRoomAlias(ctx, alias, roomID.String(), string(senderID)); err != nil {
		return false, err
	}

	return false, nil
}

// GetRoomIDForAlias reproduces roomserver/internal/alias.go:62 (trimmed: the
// application-service fallback, :74-95, is dropped).
// GetRoomIDForAlias implements alias.RoomserverInternalAPI
func (r *RoomserverInternalAPI) GetRoomIDForAlias(
	ctx context.Context,
	request *api.GetRoomIDForAliasRequest,
	response *api.GetRoomIDForAliasResponse,
) error {
	// Look up the room ID in the database
	roomID, err := r.DB.GetRoomIDForAlias(ctx, request.Alias)
	if err == nil && roomID != "" {
		response.RoomID = roomID
		return nil
	}

	return err
}
