package cli // import "example.com/realworld/miniflux/internal/cli"

import (
	"database/sql"

	"example.com/realworld/miniflux/internal/config"
	"example.com/realworld/miniflux/internal/database"
	"example.com/realworld/miniflux/internal/storage"
)

// Parse is the startup part of internal/cli/cli.go:Parse (:216-228): run the
// migrations, then create the admin user, before any request is served.
func Parse(db *sql.DB) {
	store := storage.NewStorage(db)

	if err := database.Migrate(db); err != nil {
		printErrorAndExit(err)
	}

	if config.Opts.CreateAdmin() {
		createAdminUserFromEnvironmentVariables(store)
	}
}
