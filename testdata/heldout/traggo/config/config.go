// Package config reproduces github.com/traggo/server/config (config.go), trimmed
// to the Config struct (loading from env files and envconfig is left out).
package config

// Config reproduces config/config.go:22.
type Config struct {
	Port               int    `default:"3030"`
	DefaultUserName    string `default:"admin" split_words:"true"`
	DefaultUserPass    string `default:"admin" split_words:"true"`
	PassStrength       int    `default:"10" split_words:"true"`
	DatabaseDialect    string `default:"sqlite3" split_words:"true"`
	DatabaseConnection string `default:"data/traggo.db" split_words:"true"`
}
