// Package lru is a minimal stand-in for github.com/hashicorp/golang-lru/v2.
package lru

import "sync"

// Cache is a (size-unbounded in this stand-in) thread-safe cache.
type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// New returns a new cache.
func New[K comparable, V any](_ int) (*Cache[K, V], error) {
	return &Cache[K, V]{m: map[K]V{}}, nil
}

// Get returns a cached value.
func (c *Cache[K, V]) Get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

// Add stores a value.
func (c *Cache[K, V]) Add(k K, v V) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k] = v
	return false
}

// Remove deletes a value.
func (c *Cache[K, V]) Remove(k K) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.m[k]
	delete(c.m, k)
	return ok
}

// Len returns the number of cached values.
func (c *Cache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
