// Package tables reproduces roomserver/storage/tables/interface.go, trimmed to
// the tables and methods used by the reproduced sites.
package tables

import (
	"context"
	"crypto/ed25519"
	"database/sql"

	"example.com/heldout/dendrite/roomserver/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib"
)

// EventTypes reproduces roomserver/storage/tables/interface.go:30 (trimmed).
type EventTypes interface {
	InsertEventTypeNID(ctx context.Context, txn *sql.Tx, eventType string) (types.EventTypeNID, error)
	SelectEventTypeNID(ctx context.Context, txn *sql.Tx, eventType string) (types.EventTypeNID, error)
}

// EventStateKeys reproduces roomserver/storage/tables/interface.go:36 (trimmed).
type EventStateKeys interface {
	SelectEventStateKeyNID(ctx context.Context, txn *sql.Tx, eventStateKey string) (types.EventStateKeyNID, error)
}

// Rooms reproduces roomserver/storage/tables/interface.go:77 (trimmed).
type Rooms interface {
	InsertRoomNID(ctx context.Context, txn *sql.Tx, roomID string, roomVersion gomatrixserverlib.RoomVersion) (types.RoomNID, error)
	SelectRoomNID(ctx context.Context, txn *sql.Tx, roomID string) (types.RoomNID, error)
	SelectRoomInfo(ctx context.Context, txn *sql.Tx, roomID string) (*types.RoomInfo, error)
}

// RoomAliases reproduces roomserver/storage/tables/interface.go:109 (trimmed).
type RoomAliases interface {
	InsertRoomAlias(ctx context.Context, txn *sql.Tx, alias string, roomID string, creatorUserID string) (err error)
	SelectRoomIDFromAlias(ctx context.Context, txn *sql.Tx, alias string) (roomID string, err error)
}

// UserRoomKeys reproduces roomserver/storage/tables/interface.go:217 UserRoomKeys (trimmed).
type UserRoomKeys interface {
	// InsertUserRoomPrivatePublicKey inserts the given private key as well as the public key for it. This should be used
	// when creating keys locally.
	InsertUserRoomPrivatePublicKey(ctx context.Context, txn *sql.Tx, userNID types.EventStateKeyNID, roomNID types.RoomNID, key ed25519.PrivateKey) (ed25519.PrivateKey, error)
	// SelectUserRoomPrivateKey selects the private key for the given user and room combination
	SelectUserRoomPrivateKey(ctx context.Context, txn *sql.Tx, userNID types.EventStateKeyNID, roomNID types.RoomNID) (ed25519.PrivateKey, error)
}
