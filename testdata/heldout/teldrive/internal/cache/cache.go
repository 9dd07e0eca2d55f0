// Package cache reproduces the parts of internal/cache (cache.go, keys.go)
// used by the channel code: the Cacher interface, Fetch and the keys.
package cache

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// ErrNotFound stands in for freecache.ErrNotFound / redis.Nil.
var ErrNotFound = errors.New("cache: not found")

// Cacher reproduces internal/cache/cache.go Cacher (subset).
type Cacher interface {
	Get(ctx context.Context, key string, value any) error
	Set(ctx context.Context, key string, value any, expiration time.Duration) error
	Delete(ctx context.Context, keys ...string) error
}

// Fetch reproduces internal/cache/cache.go:155.
func Fetch[T any](ctx context.Context, cache Cacher, key string, expiration time.Duration, fn func() (T, error)) (T, error) {
	var zero, value T
	err := cache.Get(ctx, key, &value)
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			value, err = fn()
			if err != nil {
				return zero, err
			}
			cache.Set(ctx, key, &value, expiration)
			return value, nil
		}
		return zero, err
	}
	return value, nil
}

// KeyUserChannel reproduces internal/cache/keys.go KeyUserChannel.
func KeyUserChannel(userID int64) string {
	return fmt.Sprintf("users:channel:%d", userID)
}

// KeyUserBots reproduces internal/cache/keys.go KeyUserBots.
func KeyUserBots(userID int64) string {
	return fmt.Sprintf("users:bots:%d", userID)
}
