// Package kvstore reproduces internal/kvstore (kvstore.go, persistent.go).
package kvstore

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// ErrNotFound is internal/kvstore/kvstore.go:29.
var ErrNotFound = errors.New("kvstore: key not found")

// Store is internal/kvstore/kvstore.go:32.
type Store interface {
	Get(ctx context.Context, key string) (string, error)
	Set(ctx context.Context, key, value string) error
	Delete(ctx context.Context, key string) error
}

// Backend is internal/kvstore/kvstore.go:40, bound by Wire to
// repository/keyvalue.KeyValueRepository.
type Backend interface {
	GetKeyValue(ctx context.Context, key string) (string, error)
	AddOrUpdateKeyValue(ctx context.Context, key, value string) error
	DeleteKeyValue(ctx context.Context, key string) error
}

// Persistent is internal/kvstore/persistent.go:18.
type Persistent struct {
	backend Backend
}

var _ Store = (*Persistent)(nil)

// NewPersistent is internal/kvstore/persistent.go:25.
func NewPersistent(backend Backend) *Persistent {
	return &Persistent{backend: backend}
}

// Get is internal/kvstore/persistent.go:30.
func (s *Persistent) Get(ctx context.Context, key string) (string, error) {
	v, err := s.backend.GetKeyValue(ctx, key)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return "", ErrNotFound
	}
	return v, err
}

// Set is internal/kvstore/persistent.go:39.
func (s *Persistent) Set(ctx context.Context, key, value string) error {
	return s.backend.AddOrUpdateKeyValue(ctx, key, value)
}

// Delete is internal/kvstore/persistent.go:44.
func (s *Persistent) Delete(ctx context.Context, key string) error {
	return s.backend.DeleteKeyValue(ctx, key)
}
