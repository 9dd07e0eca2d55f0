// Package http_handlers reproduces authorizerdev/authorizer 4ad0758cebf4 internal/http_handlers.
package http_handlers

import (
	"example.com/realworld/authorizer/internal/config"
	"example.com/realworld/authorizer/internal/storage"
	"example.com/realworld/authorizer/third_party/zerolog"
)

// Dependencies is internal/http_handlers/provider.go:25 (other providers trimmed).
type Dependencies struct {
	Log *zerolog.Logger
	// StorageProvider is used to register storage like database
	StorageProvider storage.Provider
}

// httpProvider is internal/http_handlers/provider.go:85.
type httpProvider struct {
	*config.Config
	Dependencies
}

// New is internal/http_handlers/provider.go.
func New(cfg *config.Config, deps *Dependencies) *httpProvider {
	return &httpProvider{Config: cfg, Dependencies: *deps}
}
