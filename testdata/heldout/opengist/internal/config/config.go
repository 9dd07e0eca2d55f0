// Package config is a reduced stand-in for internal/config of opengist.
package config

// config reproduces the subset of internal/config/config.go used by the sites.
type config struct {
	DBUri            string
	ExternalUrl      string
	HttpGit          bool
	OIDCProviderName string
	OIDCAdminGroup   string
}

// C is the loaded configuration.
var C = &config{}

// SecretKey is the key used to encrypt TOTP secrets.
var SecretKey []byte

// GetHomeDir returns the opengist home directory.
func GetHomeDir() string { return "/tmp/opengist" }
