// Package storage reduces upstream storage/config.go and storage/type.go.
package storage

// Type of the storage provider
type Type string

const (
	TypeMemory   Type = "memory"   // In-memory store
	TypeSQLite   Type = "sqlite"   // SQLite store
	TypePostgres Type = "postgres" // Postgres store
)

const (
	DefaultMaximumNumberOfResults = 100
	DefaultMaximumNumberOfEvents  = 50
)

// Config is the configuration for storage
type Config struct {
	Path                   string
	Type                   Type
	Caching                bool
	MaximumNumberOfResults int
	MaximumNumberOfEvents  int
}
