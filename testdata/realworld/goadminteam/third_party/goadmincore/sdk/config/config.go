// Package config reproduces go-admin-team/go-admin-core a912b404d5c0 sdk/config (the database section only).
package config

// Database is sdk/config/database.go:3 (connection-pool fields trimmed).
type Database struct {
	Driver string
	Source string
}

// DatabaseConfig is sdk/config/database.go:21.
var DatabaseConfig = new(Database)
