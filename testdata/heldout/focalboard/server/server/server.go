// Package server reproduces github.com/mattermost/focalboard/server/server,
// trimmed to the start-up writes of server.New (server.go:153-178).
package server

import (
	"example.com/heldout/focalboard/server/app"
	"example.com/heldout/focalboard/server/services/store"
	"example.com/heldout/focalboard/server/utils"

	"example.com/heldout/focalboard/pkg/mlog"
)

type Params struct {
	DBStore store.Store
	Logger  mlog.LoggerIFace
	Cfg     *app.Configuration
}

type Server struct {
	app         *app.App
	telemetryID string
}

// New reproduces server/server/server.go:71, trimmed (lookup :166, upsert :175).
func New(params Params) (*Server, error) {
	a := app.New(params.Cfg, app.Services{Store: params.DBStore, Logger: params.Logger})

	// Init team
	if _, err := a.GetRootTeam(); err != nil {
		params.Logger.Error("Unable to get root team", mlog.Err(err))
		return nil, err
	}

	// SetSystemSetting is INSERT ... ON CONFLICT (id) DO UPDATE SET value =
	// EXCLUDED.value / ON DUPLICATE KEY UPDATE on system_settings PRIMARY KEY
	// (id) (000002_system_settings_table.up.sql:4): two servers starting at
	// once both write "TelemetryID", the last value wins, no duplicate row.
	settings, err := params.DBStore.GetSystemSettings() // safe: the create is an atomic upsert on the system_settings primary key (id)
	if err != nil {
		return nil, err
	}

	// Init telemetry
	telemetryID := settings["TelemetryID"]
	if len(telemetryID) == 0 {
		telemetryID = utils.NewID(utils.IDTypeNone)
		if err = params.DBStore.SetSystemSetting("TelemetryID", telemetryID); err != nil {
			return nil, err
		}
	}

	return &Server{app: a, telemetryID: telemetryID}, nil
}
