// Package config reproduces the parts of gin-admin's internal/config used by
// the rbac module.
package config

// Config reproduces internal/config/config.go, reduced to the fields used.
type Config struct {
	General struct {
		WorkDir         string
		MenuFile        string // menu data file (JSON/YAML), loaded at start-up
		DenyOperateMenu bool
		DefaultLoginPwd string `default:"6351623c8cef86fefabfa7da046fc619"`
	}
	Storage struct {
		DB struct {
			AutoMigrate bool
			TablePrefix string
		}
	}
}

// C is the global configuration (internal/config/config.go).
var C = new(Config)

// FormatTableName reproduces internal/config/config.go:159.
func (c *Config) FormatTableName(name string) string {
	return c.Storage.DB.TablePrefix + name
}
