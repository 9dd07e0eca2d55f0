package main

import (
	"fmt"

	"github.com/jmoiron/sqlx"
)

// recordMigrationVersion inserts the given version (of DB migration) into the
// `migrations` array in the settings table.
// upstream cmd/install.go:281
func recordMigrationVersion(ver string, db *sqlx.DB) error {
	_, err := db.Exec(fmt.Sprintf(`INSERT INTO settings (key, value)
	VALUES('migrations', '["%s"]'::JSONB)
	ON CONFLICT (key) DO UPDATE SET value = settings.value || EXCLUDED.value`, ver))
	return err
}
