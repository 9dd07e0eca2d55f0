// Package settings is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/settings.
package settings

import (
	"time"

	"example.com/heldout/ezbookkeeping/pkg/core"
)

// Database types
const (
	MySqlDbType    string = "mysql"
	PostgresDbType string = "postgres"
	Sqlite3DbType  string = "sqlite3"
)

// OAuth 2.0 user identifiers
const (
	OAuth2UserIdentifierEmail    = "email"
	OAuth2UserIdentifierUsername = "username"
)

// Config represents the subset of the global setting config used here
type Config struct {
	SecretKey                               string
	EnableUserRegister                      bool
	EnableTwoFactor                         bool
	EnableDuplicateSubmissionsCheck         bool
	DuplicateSubmissionsIntervalDuration    time.Duration
	OAuth2UserIdentifier                    string
	OAuth2AutoRegister                      bool
	DefaultFeatureRestrictions              core.UserFeatureRestrictions
	InMemoryDuplicateCheckerCleanupInterval time.Duration
}

// ConfigContainer contains the current setting config
type ConfigContainer struct {
	current *Config
}

// Container contains the current setting config
var Container = &ConfigContainer{current: &Config{}}

// GetCurrentConfig returns the current config
func (c *ConfigContainer) GetCurrentConfig() *Config { return c.current }
