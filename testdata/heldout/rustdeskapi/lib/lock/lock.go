// Package lock reproduces lejianwen/rustdesk-api c5687e150615 lib/lock.
package lock

import "sync"

// Locker reproduces lib/lock/lock.go:5.
type Locker interface {
	GetLock(key string) *sync.Mutex
	Lock(key string)
	UnLock(key string)
}
