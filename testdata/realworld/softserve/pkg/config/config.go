// Package config is a reduced copy of pkg/config (the fields the reproduced
// code reads).
package config

import (
	"context"

	"example.com/realworld/softserve/pkg/access"
	"example.com/realworld/softserve/third_party/ssh"
)

// Config is the Soft Serve configuration.
type Config struct {
	DataPath    string
	DefaultRepo string
	// AllowKeyless and AnonAccess are live overrides of the settings table.
	AllowKeyless *bool
	AnonAccess   *access.AccessLevel
	HTTP         struct{ PublicURL string }
	SSH          struct{ PublicURL, ClientKeyPath string }
	LFS          struct{ Enabled bool }
	DB           struct{ Driver, DataSource string }
	Jobs         struct{ MirrorPull string }
	adminKeys    []ssh.PublicKey
}

// AdminKeys returns the server admin keys.
func (c *Config) AdminKeys() []ssh.PublicKey { return c.adminKeys }

// ContextKey is the context key for the config.
var ContextKey = struct{ string }{"config"}

// FromContext returns the configuration from the context.
func FromContext(ctx context.Context) *Config {
	if c, ok := ctx.Value(ContextKey).(*Config); ok {
		return c
	}
	return &Config{}
}

// WithContext returns a new context with the configuration attached.
func WithContext(ctx context.Context, cfg *Config) context.Context {
	return context.WithValue(ctx, ContextKey, cfg)
}
