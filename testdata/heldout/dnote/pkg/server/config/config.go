// Package config reproduces dnote/dnote 8ffd44f36287 pkg/server/config (trimmed to the fields the sites read).
package config

// Config is an application configuration
type Config struct {
	WebURL     string
	OnPremises bool
}
