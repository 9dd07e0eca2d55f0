// Package cache is a stand-in for github.com/zyedidia/generic/cache (an LRU
// cache, not safe for concurrent use).
package cache

type Cache[K comparable, V any] struct {
	capacity int
	m        map[K]V
}

func New[K comparable, V any](capacity int) *Cache[K, V] {
	return &Cache[K, V]{capacity: capacity, m: make(map[K]V)}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.m[k]
	return v, ok
}

func (c *Cache[K, V]) Put(k K, v V) { c.m[k] = v }
