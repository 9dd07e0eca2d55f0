// Package config stands in for miniflux internal/config (the options read by
// the reproduced handlers).
package config // import "example.com/realworld/miniflux/internal/config"

type options struct{}

// Opts is the global configuration.
var Opts = &options{}

func (o *options) AuthProxyHeader() string              { return "X-Forwarded-User" }
func (o *options) IsAuthProxyUserCreationAllowed() bool { return true }
func (o *options) IsOAuth2UserCreationAllowed() bool    { return true }
func (o *options) AdminUsername() string                { return "admin" }
func (o *options) AdminPassword() string                { return "password" }
func (o *options) CreateAdmin() bool                    { return true }
