// Package lru is a minimal stand-in for github.com/hashicorp/golang-lru/v2
// (not in testdata/heldout/go.mod): the thread-safe Cache[K, V] with New,
// Get, Add and Remove, without eviction.
package lru

import "sync"

// Cache stands in for lru.Cache[K, V].
type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// New stands in for lru.New.
func New[K comparable, V any](size int) (*Cache[K, V], error) {
	return &Cache[K, V]{m: make(map[K]V, 16)}, nil
}

// Get looks up a key's value from the cache.
func (c *Cache[K, V]) Get(key K) (value V, ok bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	value, ok = c.m[key]
	return value, ok
}

// Add adds a value to the cache. Returns true if an eviction occurred.
func (c *Cache[K, V]) Add(key K, value V) (evicted bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = value
	return false
}

// Remove removes the provided key from the cache.
func (c *Cache[K, V]) Remove(key K) (present bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, present = c.m[key]
	delete(c.m, key)
	return present
}
