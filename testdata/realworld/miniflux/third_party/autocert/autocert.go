// Package autocert stands in for golang.org/x/crypto/acme/autocert: the
// Cache interface miniflux implements and the part of Manager that calls it
// (Manager.cert -> cacheGet, ErrCacheMiss -> createCert -> cachePut).
package autocert

import (
	"context"
	"errors"
)

// ErrCacheMiss is returned when a certificate is not found in cache.
var ErrCacheMiss = errors.New("acme/autocert: certificate cache miss")

// Cache is used by Manager to store and retrieve previously obtained certificates.
type Cache interface {
	Get(ctx context.Context, key string) ([]byte, error)
	Put(ctx context.Context, key string, data []byte) error
	Delete(ctx context.Context, key string) error
}

// Manager is a stateful certificate manager (reduced).
type Manager struct {
	Cache Cache
}

// Cert is the shape of autocert's (*Manager).cert: look the certificate up
// in the cache and, on a miss, obtain a new one and store it.
func (m *Manager) Cert(ctx context.Context, name string) ([]byte, error) {
	data, err := m.Cache.Get(ctx, name)
	if err == nil {
		return data, nil
	}
	if !errors.Is(err, ErrCacheMiss) {
		return nil, err
	}
	data = []byte("certificate for " + name)
	if err := m.Cache.Put(ctx, name, data); err != nil {
		return nil, err
	}
	return data, nil
}
