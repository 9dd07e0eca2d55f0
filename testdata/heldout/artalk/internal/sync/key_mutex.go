// Package sync reproduces ArtalkJS/Artalk d25beede911d internal/sync.
package sync

import "sync"

// KeyMutex reproduces internal/sync/key_mutex.go:6.
type KeyMutex[T any] struct {
	locks sync.Map // sync.Map for concurrent access
}

// NewKeyMutex reproduces internal/sync/key_mutex.go:11.
func NewKeyMutex[T any]() *KeyMutex[T] {
	return &KeyMutex[T]{}
}

// GetLock reproduces internal/sync/key_mutex.go:16.
func (l *KeyMutex[T]) GetLock(key T) *sync.Mutex {
	if lock, ok := l.locks.Load(key); ok {
		return lock.(*sync.Mutex)
	}
	// Create a new mutex if not found
	newLock := &sync.Mutex{}
	// Ensure only one mutex is added for the key
	actualLock, _ := l.locks.LoadOrStore(key, newLock)
	return actualLock.(*sync.Mutex)
}
