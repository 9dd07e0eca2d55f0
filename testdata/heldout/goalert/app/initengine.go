// Package app reproduces the start-up step of goalert's app package that
// registers the instance's region (app/initengine.go).
package app

import (
	"context"
	"database/sql"

	"github.com/pkg/errors"
)

// Config is a trimmed app.Config.
type Config struct {
	RegionName string
}

// App is a trimmed app.App.
type App struct {
	db  *sql.DB
	cfg Config
}

// initEngine reproduces app/initengine.go:13 (engine construction trimmed).
// Run at start-up by every instance (several instances may start at once).
// region_ids: CONSTRAINT region_ids_pkey PRIMARY KEY (name)
// (migrate/schema.sql:2213,2217).
func (app *App) initEngine(ctx context.Context) error {
	var regionIndex int
	// near-miss N1: lookup by name, then INSERT ... ON CONFLICT DO NOTHING and a re-select.
	err := app.db.QueryRowContext(ctx, `SELECT id FROM region_ids WHERE name = $1`, app.cfg.RegionName).Scan(&regionIndex) // safe: the insert is INSERT ... ON CONFLICT DO NOTHING on region_ids_pkey (name) followed by a re-select, so a concurrent starter neither fails nor duplicates
	if errors.Is(err, sql.ErrNoRows) {
		// doesn't exist, try to create
		_, err = app.db.ExecContext(ctx, `
		INSERT INTO region_ids (name) VALUES ($1) 
		ON CONFLICT DO NOTHING`, app.cfg.RegionName)
		if err != nil {
			return errors.Wrap(err, "insert region")
		}

		err = app.db.QueryRowContext(ctx, `SELECT id FROM region_ids WHERE name = $1`, app.cfg.RegionName).Scan(&regionIndex)
	}
	if err != nil {
		return errors.Wrap(err, "get region index")
	}
	_ = regionIndex
	return nil
}
