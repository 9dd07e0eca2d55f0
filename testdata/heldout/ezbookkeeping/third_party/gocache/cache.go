// Package gocache is a stand-in for github.com/patrickmn/go-cache: only the
// API subset used by pkg/duplicatechecker.
package gocache

import (
	"sync"
	"time"
)

// DefaultExpiration stands in for cache.DefaultExpiration.
const DefaultExpiration time.Duration = 0

type item struct {
	value   any
	expires time.Time
}

// Cache stands in for *cache.Cache (each call is atomic on its own).
type Cache struct {
	mu                sync.RWMutex
	defaultExpiration time.Duration
	items             map[string]item
}

// New stands in for cache.New.
func New(defaultExpiration, cleanupInterval time.Duration) *Cache {
	return &Cache{defaultExpiration: defaultExpiration, items: map[string]item{}}
}

// Get returns an item if present and not expired.
func (c *Cache) Get(k string) (any, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	it, ok := c.items[k]
	if !ok || (!it.expires.IsZero() && time.Now().After(it.expires)) {
		return nil, false
	}
	return it.value, true
}

// Set stores an item.
func (c *Cache) Set(k string, x any, d time.Duration) {
	if d == DefaultExpiration {
		d = c.defaultExpiration
	}
	var exp time.Time
	if d > 0 {
		exp = time.Now().Add(d)
	}
	c.mu.Lock()
	c.items[k] = item{value: x, expires: exp}
	c.mu.Unlock()
}

// Delete removes an item.
func (c *Cache) Delete(k string) {
	c.mu.Lock()
	delete(c.items, k)
	c.mu.Unlock()
}
