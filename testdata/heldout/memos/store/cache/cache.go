// Package cache is a small stand-in for github.com/usememos/memos/store/cache
// (an in-process TTL map); only Get, Set and Delete are kept.
package cache

import (
	"context"
	"sync"
	"time"
)

// Config mirrors store/cache/cache.go Config (trimmed).
type Config struct {
	DefaultTTL      time.Duration
	CleanupInterval time.Duration
	MaxItems        int
}

// Cache mirrors store/cache/cache.go Cache (trimmed).
type Cache struct {
	mu    sync.RWMutex
	items map[string]any
}

// New creates a cache.
func New(_ Config) *Cache { return &Cache{items: map[string]any{}} }

// Set stores a value.
func (c *Cache) Set(_ context.Context, key string, value any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[key] = value
}

// Get loads a value.
func (c *Cache) Get(_ context.Context, key string) (any, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.items[key]
	return v, ok
}

// Delete removes a value.
func (c *Cache) Delete(_ context.Context, key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.items, key)
}
