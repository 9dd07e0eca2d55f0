package migrate

import (
	"context"

	"example.com/realworld/softserve/pkg/db"
)

const (
	webhooksName    = "webhooks"
	webhooksVersion = 2
)

// pkg/db/migrate/0002_webhooks.go:14
var webhooks = Migration{
	Name:    webhooksName,
	Version: webhooksVersion,
	Migrate: func(ctx context.Context, tx *db.Tx) error {
		return migrateUp(ctx, tx, webhooksVersion, webhooksName)
	},
}
