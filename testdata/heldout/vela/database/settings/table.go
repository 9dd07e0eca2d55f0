// Reproduction of go-vela/server database/settings/table.go at 1f1a25282352313898d9f8984a72bfbbb75f9688
// (verbatim except import paths; see vela/CATALOGUE.md).

// SPDX-License-Identifier: Apache-2.0

package settings

import (
	"context"

	"example.com/heldout/vela/constants"
)

const (
	// CreatePostgresTable represents a query to create the Postgres settings table.
	CreatePostgresTable = `
CREATE TABLE
IF NOT EXISTS
settings (
	id                    SERIAL PRIMARY KEY,
	compiler              JSON DEFAULT NULL,
	queue                 JSON DEFAULT NULL,
	scm                   JSON DEFAULT NULL,
	repo_allowlist        VARCHAR(1000),
	schedule_allowlist    VARCHAR(1000),
	max_dashboard_repos   INTEGER,
	queue_restart_limit   INTEGER,
	enable_repo_secrets   BOOLEAN,
	enable_org_secrets    BOOLEAN,
	enable_shared_secrets BOOLEAN,
	created_at            BIGINT,
	updated_at            BIGINT,
	updated_by            VARCHAR(250)
);
`

	// CreateSqliteTable represents a query to create the Sqlite settings table.
	CreateSqliteTable = `
CREATE TABLE
IF NOT EXISTS
settings (
	id                      INTEGER PRIMARY KEY AUTOINCREMENT,
	compiler                TEXT,
	queue                   TEXT,
	scm                     TEXT,
	repo_allowlist          VARCHAR(1000),
	schedule_allowlist      VARCHAR(1000),
	max_dashboard_repos     INTEGER,
	queue_restart_limit     INTEGER,
	enable_repo_secrets     BOOLEAN,
	enable_org_secrets      BOOLEAN,
	enable_shared_secrets   BOOLEAN,
	created_at              INTEGER,
	updated_at              INTEGER,
	updated_by              TEXT
);
`
)

// CreateSettingsTable creates the settings table in the database.
func (e *Engine) CreateSettingsTable(ctx context.Context, driver string) error {
	e.logger.Tracef("creating settings table")

	// handle the driver provided to create the table
	switch driver {
	case constants.DriverPostgres:
		// create the steps table for Postgres
		return e.client.
			WithContext(ctx).
			Exec(CreatePostgresTable).Error
	case constants.DriverSqlite:
		fallthrough
	default:
		// create the steps table for Sqlite
		return e.client.
			WithContext(ctx).
			Exec(CreateSqliteTable).Error
	}
}
