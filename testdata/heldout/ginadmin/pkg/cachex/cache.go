// Package cachex reproduces the Cacher interface of gin-admin's pkg/cachex
// (memory, badger or redis behind it), reduced to the methods used.
package cachex

import (
	"context"
	"time"
)

// Cacher reproduces pkg/cachex/cache.go Cacher.
type Cacher interface {
	Set(ctx context.Context, ns, key, value string, expiration ...time.Duration) error
	Get(ctx context.Context, ns, key string) (string, bool, error)
	Delete(ctx context.Context, ns, key string) error
}
