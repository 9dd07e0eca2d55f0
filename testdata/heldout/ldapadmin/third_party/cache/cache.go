// Package cache reproduces eryajf/go-ldap-admin 9e621c8a80b8 (minimal stand-in for github.com/patrickmn/go-cache).
package cache

import (
	"sync"
	"time"
)

// DefaultExpiration stands in for cache.DefaultExpiration.
const DefaultExpiration time.Duration = 0

// Cache stands in for cache.Cache.
type Cache struct {
	mu    sync.Mutex
	items map[string]interface{}
}

// New stands in for cache.New.
func New(defaultExpiration, cleanupInterval time.Duration) *Cache {
	return &Cache{items: map[string]interface{}{}}
}

// Get stands in for cache.Cache.Get.
func (c *Cache) Get(k string) (interface{}, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.items[k]
	return v, ok
}

// Set stands in for cache.Cache.Set.
func (c *Cache) Set(k string, x interface{}, d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = x
}

// Delete stands in for cache.Cache.Delete.
func (c *Cache) Delete(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.items, k)
}

// Flush stands in for cache.Cache.Flush.
func (c *Cache) Flush() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = map[string]interface{}{}
}
