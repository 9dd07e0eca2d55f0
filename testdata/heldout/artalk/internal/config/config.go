// Package config reproduces ArtalkJS/Artalk d25beede911d internal/config (fields trimmed).
package config

// AdminUserConf reproduces internal/config/config.go:114 (trimmed).
type AdminUserConf struct {
	Name         string
	Email        string
	Link         string
	Password     string
	BadgeName    string
	BadgeColor   string
	ReceiveEmail *bool
}

// EmailAuthConf reproduces internal/config/config.go:365 (AuthEmailConf, trimmed).
type EmailAuthConf struct {
	Enabled bool
}

// AuthConf reproduces internal/config/config.go:371 (trimmed).
type AuthConf struct {
	Enabled bool
	Email   EmailAuthConf
}

// Config reproduces internal/config/config.go:9 (trimmed).
type Config struct {
	SiteDefault string
	SiteURL     string
	AdminUsers  []AdminUserConf
	Auth        AuthConf
}
