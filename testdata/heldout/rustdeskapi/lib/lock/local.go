// Package lock reproduces lejianwen/rustdesk-api c5687e150615 lib/lock.
package lock

import (
	"sync"
)

// Local reproduces lib/lock/local.go:7.
type Local struct {
	Locks *sync.Map
}

// Lock reproduces lib/lock/local.go:11.
func (l *Local) Lock(key string) {
	lock := l.GetLock(key)
	lock.Lock()
}

// UnLock reproduces lib/lock/local.go:16.
func (l *Local) UnLock(key string) {
	lock, ok := l.Locks.Load(key)
	if ok {
		lock.(*sync.Mutex).Unlock()
	}
}

// GetLock reproduces lib/lock/local.go:23.
func (l *Local) GetLock(key string) *sync.Mutex {
	lock, _ := l.Locks.LoadOrStore(key, &sync.Mutex{})
	return lock.(*sync.Mutex)
}

// NewLocal reproduces lib/lock/local.go:28.
func NewLocal() *Local {
	return &Local{
		Locks: &sync.Map{},
	}
}
