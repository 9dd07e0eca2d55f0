// Package cache reproduces ArtalkJS/Artalk d25beede911d internal/cache.
package cache

import (
	"fmt"
	"reflect"

	"example.com/heldout/artalk/internal/log"
	"golang.org/x/sync/singleflight"
)

var cacheSingleflightGroup = new(singleflight.Group)

// QueryDBWithCache reproduces internal/cache/action.go:14.
func QueryDBWithCache[T any](c *Cache, name string, queryDB func() (T, error)) (T, error) {
	// Use SingleFlight to prevent Cache Breakdown
	v, err, _ := cacheSingleflightGroup.Do(name, func() (any, error) {
		var val T

		// Query from cache
		err := c.FindCache(name, &val)

		if err != nil {
			// Miss cache

			// Query from db
			val, err := queryDB()
			if err != nil {
				return nil, err
			}

			// Store cache
			if err := c.StoreCache(val, name); err != nil {
				log.Warn("[Cache] failed to store database query result: ", err)
			}

			return val, nil
		} else {
			// Hit cache
			return val, nil
		}
	})
	if err != nil {
		return *new(T), err
	}

	return v.(T), err
}

// FindCache reproduces internal/cache/action.go:49.
func (c *Cache) FindCache(name string, dest any) error {
	if reflect.ValueOf(dest).Kind() != reflect.Ptr {
		return fmt.Errorf("[FindCache] dest must be a pointer")
	}

	_, err := c.marshal.Get(c.ctx, name, dest)
	if err != nil {
		log.Debug("[CacheMis] " + name)
		return err
	}

	log.Debug("[CacheHit] " + name)
	return nil
}

// StoreCache reproduces internal/cache/action.go:66.
func (c *Cache) StoreCache(source any, name ...string) (err error) {
	for _, n := range name {
		log.Debug("[StoreCache] " + n)

		if setErr := c.marshal.Set(c.ctx, n, source, c.ttl); setErr != nil {
			err = setErr
		}
	}
	return
}

// DelCache reproduces internal/cache/action.go:80.
func (c *Cache) DelCache(name ...string) (err error) {
	for _, n := range name {
		if delErr := c.marshal.Delete(c.ctx, n); delErr != nil {
			err = delErr
		}
	}
	return
}
