// Package service reproduces authorizerdev/authorizer 4ad0758cebf4 internal/service.
package service

import (
	"context"

	"example.com/realworld/authorizer/internal/config"
	"example.com/realworld/authorizer/internal/storage"
	"example.com/realworld/authorizer/third_party/zerolog"
)

// MemoryStoreProvider is a minimal stand-in for the upstream declaration of the same name.
// MemoryStoreProvider is the part of internal/memory_store.Provider used here.
type MemoryStoreProvider interface {
	GetCache(key string) (string, error)
	SetCache(key string, value string, ttlSeconds int64) error
}

// Dependencies is internal/service/provider.go:26 (audit, authenticator,
// webauthn, FGA, email, events, SMS, token, rate-limit and DNS dependencies
// trimmed).
type Dependencies struct {
	Log *zerolog.Logger

	MemoryStoreProvider MemoryStoreProvider
	StorageProvider     storage.Provider
}

// provider is internal/service/provider.go:224.
type provider struct {
	*config.Config
	Dependencies
}

// New is internal/service/provider.go.
func New(cfg *config.Config, deps *Dependencies) *provider {
	return &provider{Config: cfg, Dependencies: *deps}
}

// RequestMetadata is internal/service/meta.go (trimmed).
type RequestMetadata struct {
	IPAddress string
	UserAgent string
	HostURL   string
}

// ResponseSideEffects is internal/service/sideeffects.go:63 (trimmed).
type ResponseSideEffects struct{}

// requireSuperAdmin is internal/service/admin_provider.go:146 (the admin
// secret / JWT check is trimmed).
func (p *provider) requireSuperAdmin(ctx context.Context, meta RequestMetadata) error {
	return nil
}

// requireOrgAdmin is internal/service/admin_provider.go:174 (the role check is trimmed).
func (p *provider) requireOrgAdmin(ctx context.Context, meta RequestMetadata, orgID string) error {
	return nil
}
