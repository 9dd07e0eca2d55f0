// Package config reproduces the parts of goalert's config package used by
// the reproduced sites: the Config value read from the request context
// (config/config.go), and the DB-backed Store (store.go).
package config

import "context"

// Config is a trimmed config.Config.
type Config struct {
	General struct {
		DisableLabelCreation bool
	}
	OIDC struct {
		NewUsers bool
	}
	GitHub struct {
		NewUsers bool
	}
	Twilio struct {
		AccountSID string
		AuthToken  string
	}
	data []byte
}

// Validate is a trimmed Config.Validate.
func (cfg Config) Validate() error { return nil }

type cfgKey struct{}

// FromContext returns the Config of the context.
func FromContext(ctx context.Context) Config {
	cfg, _ := ctx.Value(cfgKey{}).(Config)
	return cfg
}

// CallbackURL is a trimmed Config.CallbackURL.
func (cfg Config) CallbackURL(path string, q ...interface{}) string { return path }
