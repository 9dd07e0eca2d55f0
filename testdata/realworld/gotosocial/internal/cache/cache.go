// Package cache stands in for internal/cache: the structr-backed model
// caches in front of the database. LoadOne calls the loader on a miss (no
// mutual exclusion between loaders); Store runs the insert, then caches.
package cache

import (
	"sync"

	"example.com/realworld/gotosocial/internal/gtsmodel"
)

// StructCache is internal/cache/wrappers.go StructCache[T].
type StructCache[T any] struct {
	mu   sync.Mutex
	vals []T
}

// LoadOne is internal/cache/wrappers.go StructCache.LoadOne.
func (c *StructCache[T]) LoadOne(lookup string, load func() (T, error), keyParts ...any) (T, error) {
	return load()
}

// Store is internal/cache/wrappers.go StructCache.Store: the store
// callback (the insert) runs first, the value is cached when it succeeds.
func (c *StructCache[T]) Store(value T, store func() error) error {
	if err := store(); err != nil {
		return err
	}
	c.mu.Lock()
	c.vals = append(c.vals, value)
	c.mu.Unlock()
	return nil
}

// Invalidate is internal/cache/wrappers.go StructCache.Invalidate.
func (c *StructCache[T]) Invalidate(lookup string, keyParts ...any) {}

// Clear is internal/cache/wrappers.go StructCache.Clear.
func (c *StructCache[T]) Clear() {
	c.mu.Lock()
	c.vals = nil
	c.mu.Unlock()
}

// SingleCache stands in for the VAPID key pair cache (internal/cache/db.go).
type SingleCache[T any] struct {
	mu  sync.Mutex
	val *T
}

func (c *SingleCache[T]) Load() *T {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.val
}

func (c *SingleCache[T]) Store(v *T) {
	c.mu.Lock()
	c.val = v
	c.mu.Unlock()
}

// DBCaches is internal/cache/db.go (the caches used here).
type DBCaches struct {
	Account            StructCache[*gtsmodel.Account]
	Block              StructCache[*gtsmodel.Block]
	DomainBlock        StructCache[*gtsmodel.DomainBlock]
	Follow             StructCache[*gtsmodel.Follow]
	FollowRequest      StructCache[*gtsmodel.FollowRequest]
	Instance           StructCache[*gtsmodel.Instance]
	InteractionRequest StructCache[*gtsmodel.InteractionRequest]
	Marker             StructCache[*gtsmodel.Marker]
	Move               StructCache[*gtsmodel.Move]
	Notification       StructCache[*gtsmodel.Notification]
	Status             StructCache[*gtsmodel.Status]
	StatusBookmark     StructCache[*gtsmodel.StatusBookmark]
	StatusFave         StructCache[*gtsmodel.StatusFave]
	Tag                StructCache[*gtsmodel.Tag]
	ThreadMute         StructCache[*gtsmodel.ThreadMute]
	Tombstone          StructCache[*gtsmodel.Tombstone]
	User               StructCache[*gtsmodel.User]
	UserMute           StructCache[*gtsmodel.UserMute]
	VAPIDKeyPair       SingleCache[gtsmodel.VAPIDKeyPair]
}

// Caches is internal/cache/cache.go.
type Caches struct {
	DB DBCaches
}
