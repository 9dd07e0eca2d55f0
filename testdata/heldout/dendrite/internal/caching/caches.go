// Package caching is a small stand-in for dendrite's internal/caching
// (ristretto-backed caches); only the roomserver NID caches used by the
// storage code are kept, as plain maps.
package caching

import (
	"sync"

	"example.com/heldout/dendrite/roomserver/types"
	"example.com/heldout/dendrite/third_party/gomatrixserverlib"
)

// RoomServerCaches mirrors internal/caching/caches.go RoomServerCaches (trimmed).
type RoomServerCaches interface {
	GetRoomServerRoomNID(roomID string) (types.RoomNID, bool)
	StoreRoomServerRoomID(roomNID types.RoomNID, roomID string)
	GetRoomVersion(roomID string) (gomatrixserverlib.RoomVersion, bool)
	StoreRoomVersion(roomID string, roomVersion gomatrixserverlib.RoomVersion)
	GetEventTypeKey(eventType string) (types.EventTypeNID, bool)
	StoreEventTypeKey(eventTypeNID types.EventTypeNID, eventType string)
	GetEventStateKeyNID(eventStateKey string) (types.EventStateKeyNID, bool)
	StoreEventStateKey(eventStateKeyNID types.EventStateKeyNID, eventStateKey string)
}

// Caches is an in-memory RoomServerCaches.
type Caches struct {
	mu            sync.Mutex
	roomNIDs      map[string]types.RoomNID
	roomVersions  map[string]gomatrixserverlib.RoomVersion
	eventTypes    map[string]types.EventTypeNID
	eventStateKey map[string]types.EventStateKeyNID
}

// NewCaches returns empty caches.
func NewCaches() *Caches {
	return &Caches{
		roomNIDs:      map[string]types.RoomNID{},
		roomVersions:  map[string]gomatrixserverlib.RoomVersion{},
		eventTypes:    map[string]types.EventTypeNID{},
		eventStateKey: map[string]types.EventStateKeyNID{},
	}
}

func (c *Caches) GetRoomServerRoomNID(roomID string) (types.RoomNID, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.roomNIDs[roomID]
	return v, ok
}

func (c *Caches) StoreRoomServerRoomID(roomNID types.RoomNID, roomID string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.roomNIDs[roomID] = roomNID
}

func (c *Caches) GetRoomVersion(roomID string) (gomatrixserverlib.RoomVersion, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.roomVersions[roomID]
	return v, ok
}

func (c *Caches) StoreRoomVersion(roomID string, roomVersion gomatrixserverlib.RoomVersion) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.roomVersions[roomID] = roomVersion
}

func (c *Caches) GetEventTypeKey(eventType string) (types.EventTypeNID, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.eventTypes[eventType]
	return v, ok
}

func (c *Caches) StoreEventTypeKey(eventTypeNID types.EventTypeNID, eventType string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.eventTypes[eventType] = eventTypeNID
}

func (c *Caches) GetEventStateKeyNID(eventStateKey string) (types.EventStateKeyNID, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.eventStateKey[eventStateKey]
	return v, ok
}

func (c *Caches) StoreEventStateKey(eventStateKeyNID types.EventStateKeyNID, eventStateKey string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.eventStateKey[eventStateKey] = eventStateKeyNID
}
