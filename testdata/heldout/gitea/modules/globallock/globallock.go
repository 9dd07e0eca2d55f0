// Package globallock is trimmed from code.gitea.io/gitea/modules/globallock.
// Upstream picks a memory locker (default, per process) or a redis locker
// ([global_lock] SERVICE_TYPE=redis, across instances); this is the memory one.
package globallock

import (
	"context"
	"sync"
)

// ReleaseFunc is a function that releases a lock.
type ReleaseFunc func()

var (
	mu    sync.Mutex
	locks = map[string]*sync.Mutex{}
)

// Lock tries to acquire a lock for the given key, it blocks until the lock is acquired or the context is canceled.
func Lock(ctx context.Context, key string) (ReleaseFunc, error) {
	mu.Lock()
	l, ok := locks[key]
	if !ok {
		l = &sync.Mutex{}
		locks[key] = l
	}
	mu.Unlock()
	l.Lock()
	return l.Unlock, nil
}

// LockAndDo tries to acquire a lock for the given key and then calls the given function.
func LockAndDo(ctx context.Context, key string, f func(context.Context) error) error {
	release, err := Lock(ctx, key)
	if err != nil {
		return err
	}
	defer release()
	return f(ctx)
}
