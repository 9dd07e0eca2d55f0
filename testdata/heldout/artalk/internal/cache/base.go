// Package cache reproduces ArtalkJS/Artalk d25beede911d internal/cache.
package cache

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"
)

// marshaler stands in for github.com/eko/gocache/lib/v4/marshaler.Marshaler.
type marshaler struct {
	m sync.Map
}

// Get stands in for marshaler.Marshaler.Get.
func (s *marshaler) Get(ctx context.Context, key string, dest any) (any, error) {
	v, ok := s.m.Load(key)
	if !ok {
		return nil, errors.New("value not found in store")
	}
	return dest, json.Unmarshal(v.([]byte), dest)
}

// Set stands in for marshaler.Marshaler.Set.
func (s *marshaler) Set(ctx context.Context, key string, value any, ttl time.Duration) error {
	b, err := json.Marshal(value)
	if err != nil {
		return err
	}
	s.m.Store(key, b)
	return nil
}

// Delete stands in for marshaler.Marshaler.Delete.
func (s *marshaler) Delete(ctx context.Context, key string) error {
	s.m.Delete(key)
	return nil
}

// Cache reproduces internal/cache/base.go:21 (backends trimmed).
type Cache struct {
	ttl     time.Duration
	ctx     context.Context
	marshal *marshaler
}

// New reproduces internal/cache/base.go:35 (in-memory only).
func New() *Cache {
	return &Cache{ttl: time.Minute, ctx: context.Background(), marshal: &marshaler{}}
}
