// Package migrate reproduces migrate/migrate.go of heroiclabs/nakama: the SQL
// migrations (applied by github.com/heroiclabs/sql-migrate at start-up) are
// embedded from sql/, copied verbatim from upstream migrate/sql/.
package migrate

import "embed"

//go:embed sql/*
var sqlMigrateFS embed.FS

// MigrationFS exposes the embedded schema.
func MigrationFS() embed.FS { return sqlMigrateFS }
