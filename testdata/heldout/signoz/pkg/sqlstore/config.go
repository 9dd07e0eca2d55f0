package sqlstore

import "time"

// Config reproduces pkg/sqlstore/config.go:9.
type Config struct {
	Provider   string
	Connection ConnectionConfig
	Sqlite     SqliteConfig
	Postgres   PostgresConfig
}

type PostgresConfig struct {
	DSN string
}

type SqliteConfig struct {
	Path            string
	Mode            string
	BusyTimeout     time.Duration
	TransactionMode string
}

type ConnectionConfig struct {
	MaxOpenConns    int
	MaxConnLifetime time.Duration
}

// newConfig reproduces pkg/sqlstore/config.go:52: SQLite by default, with
// 100 connections, WAL and BEGIN IMMEDIATE transactions (the sqlite provider
// passes TransactionMode as the DSN's _txlock,
// pkg/sqlstore/sqlitesqlstore/provider.go:52). PostgreSQL is the enterprise
// provider (ee/sqlstore/postgressqlstore).
func newConfig() Config {
	return Config{
		Provider: "sqlite",
		Connection: ConnectionConfig{
			MaxOpenConns:    100,
			MaxConnLifetime: 0,
		},
		Sqlite: SqliteConfig{
			Path:            "/var/lib/signoz/signoz.db",
			Mode:            "wal",
			BusyTimeout:     10000 * time.Millisecond,
			TransactionMode: "immediate",
		},
	}
}

var _ = newConfig
