package auth

import (
	"context"
	"net/http"
)

// IdentityProvider reproduces auth/identityprovider.go:11 (RouteInfo trimmed).
type IdentityProvider interface {
	Info(context.Context) ProviderInfo

	ExtractIdentity(*RouteInfo, http.ResponseWriter, *http.Request) (*Identity, error)
}

// Identity reproduces auth/identityprovider.go:18.
type Identity struct {
	SubjectID     string
	Email         string
	EmailVerified bool
	Name          string
}

// ProviderInfo reproduces auth/identityprovider.go:27 (trimmed).
type ProviderInfo struct {
	Title   string
	Enabled bool `json:"-"`
}

// RouteInfo reproduces auth/routeinfo.go (trimmed).
type RouteInfo struct {
	RelativePath string
	CurrentURL   string
}

// HandlerConfig reproduces auth/handlerconfig.go (trimmed).
type HandlerConfig struct {
	UserStore *userStore
}
