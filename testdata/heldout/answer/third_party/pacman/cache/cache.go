// Package cache is a stand-in for github.com/segmentfault/pacman/cache:
// the cache interface held by Answer's data.Data.
package cache

import (
	"context"
	"time"
)

// Cache is the subset of pacman's cache interface used by the reproductions.
type Cache interface {
	GetString(ctx context.Context, key string) (data string, exist bool, err error)
	SetString(ctx context.Context, key, value string, ttl time.Duration) (err error)
	GetInt64(ctx context.Context, key string) (data int64, exist bool, err error)
	SetInt64(ctx context.Context, key string, value int64, ttl time.Duration) (err error)
	Increase(ctx context.Context, key string, value int64) (data int64, err error)
	Decrease(ctx context.Context, key string, value int64) (data int64, err error)
	Del(ctx context.Context, key string) (err error)
}
