package migrate

import (
	"context"
	"errors"
	"fmt"

	"example.com/realworld/softserve/pkg/access"
	"example.com/realworld/softserve/pkg/config"
	"example.com/realworld/softserve/pkg/db"
	"example.com/realworld/softserve/pkg/sshutils"
)

const (
	createTablesName    = "create tables"
	createTablesVersion = 1
)

// pkg/db/migrate/0001_create_tables.go:20. The renames and copies of the
// pre-v0.6 SQLite tables (:28-58, :64-133) are dropped; the seed inserts are
// kept.
var createTables = Migration{
	Version: createTablesVersion,
	Name:    createTablesName,
	Migrate: func(ctx context.Context, tx *db.Tx) error {
		cfg := config.FromContext(ctx)

		insert := "INSERT "

		switch tx.DriverName() {
		case "sqlite3", "sqlite":
			insert += "OR IGNORE "
		}

		if err := migrateUp(ctx, tx, createTablesVersion, createTablesName); err != nil {
			return err
		}

		// Insert default user
		insertUser := tx.Rebind(insert + "INTO users (username, admin, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
		if _, err := tx.ExecContext(ctx, insertUser, "admin", true); err != nil {
			return err
		}

		for _, k := range cfg.AdminKeys() {
			query := insert + "INTO public_keys (user_id, public_key, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)"
			if tx.DriverName() == "postgres" {
				query += " ON CONFLICT DO NOTHING"
			}

			query = tx.Rebind(query)
			ak := sshutils.MarshalAuthorizedKey(k)
			if _, err := tx.ExecContext(ctx, query, 1, ak); err != nil {
				if errors.Is(db.WrapError(err), db.ErrDuplicateKey) {
					continue
				}
				return err
			}
		}

		// Insert default settings
		insertSettings := insert + "INTO settings (key, value, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)"
		insertSettings = tx.Rebind(insertSettings)
		settings := []struct {
			Key   string
			Value string
		}{
			{"allow_keyless", "true"},
			{"anon_access", access.ReadOnlyAccess.String()},
			{"init", "true"},
		}

		for _, s := range settings {
			if _, err := tx.ExecContext(ctx, insertSettings, s.Key, s.Value); err != nil {
				return fmt.Errorf("inserting default settings %q: %w", s.Key, err)
			}
		}

		return nil
	},
}
