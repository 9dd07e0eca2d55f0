// Package internal reproduces the get-or-create code of dendrite's
// roomserver/internal (the roomserver API implementation).
package internal

import (
	"context"
	"crypto/ed25519"

	"example.com/heldout/dendrite/roomserver/storage"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib/spec"
)

// RoomserverInternalAPI reproduces roomserver/internal/api.go:33 (trimmed to the DB).
// RoomserverInternalAPI is an implementation of api.RoomserverInternalAPI
type RoomserverInternalAPI struct {
	DB storage.Database
}

// GetOrCreateUserRoomPrivateKey reproduces roomserver/internal/api.go:283.
// GetOrCreateUserRoomPrivateKey gets the user room key for the specified user. If no key exists yet, a new one is created.
func (r *RoomserverInternalAPI) GetOrCreateUserRoomPrivateKey(ctx context.Context, userID spec.UserID, roomID spec.RoomID) (ed25519.PrivateKey, error) {
	key, err := r.DB.SelectUserRoomPrivateKey(ctx, userID, roomID) // safe: conflict resolved in the insert: INSERT ... ON CONFLICT ON CONSTRAINT roomserver_user_room_keys_pk DO UPDATE SET pseudo_id_key = roomserver_user_room_keys.pseudo_id_key RETURNING (pseudo_id_key) keeps and returns the first key
	if err != nil {
		return nil, err
	}
	// no key found, create one
	if len(key) == 0 {
		_, key, err = ed25519.GenerateKey(nil)
		if err != nil {
			return nil, err
		}
		key, err = r.DB.InsertUserRoomPrivatePublicKey(ctx, userID, roomID, key)
		if err != nil {
			return nil, err
		}
	}
	return key, nil
}
