// Package types reproduces the numeric ID types of dendrite's roomserver/types.
package types

import "example.com/heldout/dendrite/third_party/gomatrixserverlib"

// EventTypeNID is a numeric ID for an event type.
type EventTypeNID int64

// EventStateKeyNID is a numeric ID for an event state_key.
type EventStateKeyNID int64

// RoomNID is a numeric ID for a room.
type RoomNID int64

// StateSnapshotNID is a numeric ID for the state at an event.
type StateSnapshotNID int64

// RoomInfo mirrors roomserver/types/types.go RoomInfo (trimmed).
type RoomInfo struct {
	RoomVersion      gomatrixserverlib.RoomVersion
	RoomNID          RoomNID
	stateSnapshotNID StateSnapshotNID
	isStub           bool
}

func (r *RoomInfo) SetStateSnapshotNID(nid StateSnapshotNID) { r.stateSnapshotNID = nid }
func (r *RoomInfo) SetIsStub(isStub bool)                    { r.isStub = isStub }
