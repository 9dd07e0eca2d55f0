// Package cmd reproduces github.com/getfider/fider/app/cmd/migrate.go (trimmed).
package cmd

import (
	"context"

	"example.com/heldout/fider/app/pkg/bus"
	"example.com/heldout/fider/app/pkg/dbx"
)

// RunMigrate run all pending migrations on current DATABASE_URL
// Returns an exitcode, 0 for OK and 1 for ERROR
func RunMigrate() int {
	bus.Init()

	ctx := context.Background()

	err := dbx.Migrate(ctx, "/migrations")
	if err != nil {
		return 1
	}
	return 0
}
