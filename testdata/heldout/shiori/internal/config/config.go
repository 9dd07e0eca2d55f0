// Package config reproduces internal/config/config.go (reduced to the fields used).
package config

// StorageConfig is the storage configuration.
type StorageConfig struct {
	DataDir string
}

// HttpConfig is the HTTP configuration.
type HttpConfig struct {
	RootPath  string
	SecretKey []byte
}

// DatabaseConfig is the database configuration.
type DatabaseConfig struct {
	URL string
}

// Config is the shiori configuration.
type Config struct {
	Storage  *StorageConfig
	Http     *HttpConfig
	Database *DatabaseConfig
}
