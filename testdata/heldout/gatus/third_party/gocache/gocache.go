// Package gocache is a stand-in for github.com/TwiN/gocache/v2 with only the API subset used.
// Like the real cache, every method takes the cache's own internal lock.
package gocache

import (
	"strings"
	"sync"
)

// NoMaxSize means no maximum size.
const NoMaxSize = 0

// Cache is a thread-safe key/value cache.
type Cache struct {
	mutex   sync.RWMutex
	entries map[string]any
	maxSize int
}

// NewCache creates a cache.
func NewCache() *Cache { return &Cache{entries: map[string]any{}} }

// WithMaxSize sets the maximum size.
func (c *Cache) WithMaxSize(maxSize int) *Cache {
	c.maxSize = maxSize
	return c
}

// Get returns the value and whether the key exists.
func (c *Cache) Get(key string) (any, bool) {
	c.mutex.RLock()
	defer c.mutex.RUnlock()
	v, ok := c.entries[key]
	return v, ok
}

// GetValue returns the value or nil.
func (c *Cache) GetValue(key string) any {
	v, _ := c.Get(key)
	return v
}

// GetAll returns a copy of all entries.
func (c *Cache) GetAll() map[string]any {
	c.mutex.RLock()
	defer c.mutex.RUnlock()
	all := make(map[string]any, len(c.entries))
	for k, v := range c.entries {
		all[k] = v
	}
	return all
}

// Set sets a value.
func (c *Cache) Set(key string, value any) {
	c.mutex.Lock()
	defer c.mutex.Unlock()
	c.entries[key] = value
}

// GetKeysByPattern returns the keys matching a "*" pattern (prefix match only in this stand-in).
func (c *Cache) GetKeysByPattern(pattern string, limit int) []string {
	c.mutex.RLock()
	defer c.mutex.RUnlock()
	prefix := strings.TrimSuffix(pattern, "*")
	var keys []string
	for k := range c.entries {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	return keys
}

// DeleteAll deletes the given keys and returns how many were deleted.
func (c *Cache) DeleteAll(keys []string) int {
	c.mutex.Lock()
	defer c.mutex.Unlock()
	n := 0
	for _, k := range keys {
		if _, ok := c.entries[k]; ok {
			delete(c.entries, k)
			n++
		}
	}
	return n
}
