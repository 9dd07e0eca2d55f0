// Package mutexes stands in for codeberg.org/gruf/go-mutexes: a map of
// per-key mutexes (state.FedLocks, state.ProcessingLocks).
package mutexes

import "sync"

// MutexMap is a map of per-key mutexes.
type MutexMap struct {
	mu    sync.Mutex
	locks map[string]*sync.Mutex
}

// Lock acquires the mutex for key and returns its unlock function.
func (mm *MutexMap) Lock(key string) func() {
	mm.mu.Lock()
	if mm.locks == nil {
		mm.locks = make(map[string]*sync.Mutex)
	}
	m, ok := mm.locks[key]
	if !ok {
		m = new(sync.Mutex)
		mm.locks[key] = m
	}
	mm.mu.Unlock()
	m.Lock()
	return m.Unlock
}
