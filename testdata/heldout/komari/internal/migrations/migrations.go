// Package migrations reproduces internal/migrations of komari-monitor/komari
// da4d5187c1b1, trimmed to the UTC-timestamp migration marker (the legacy
// config/OIDC/message-sender/client-info steps are left out).
package migrations

import (
	"fmt"
	"strings"

	"gorm.io/gorm"
)

type Context struct {
	DB *gorm.DB
}

// Run executes one-shot startup migrations before current runtime paths are
// used (migrations.go:93; called once from dbcore.doInitialize, dbcore.go:430,
// inside dbcore.Initialize's sync.Once, before the HTTP server starts).
func Run(ctx Context) error {
	db := ctx.DB
	if db == nil {
		return fmt.Errorf("migration database is nil")
	}

	if err := migrateLegacyTimestampColumns(db); err != nil {
		return err
	}
	// (legacy OIDC / message sender / client info / load notification / ping
	// expansion / config-to-items steps trimmed)
	if err := markTimestampMigrationDone(db); err != nil {
		return fmt.Errorf("mark UTC timestamp migration done: %w", err)
	}

	return nil
}

func hasLegacyConfigTable(db *gorm.DB) bool {
	if !db.Migrator().HasTable("configs") {
		return false
	}
	return hasTableColumn(db, "configs", "id") ||
		hasTableColumn(db, "configs", "sitename")
}

func hasTableColumn(db *gorm.DB, tableName, columnName string) bool {
	columns, err := db.Migrator().ColumnTypes(tableName)
	if err != nil {
		return false
	}
	for _, column := range columns {
		if strings.EqualFold(column.Name(), columnName) {
			return true
		}
	}
	return false
}
