// Package app reproduces github.com/mattermost/focalboard/server/app,
// trimmed: websocket broadcasts, webhooks, metrics, permissions and
// notifications are dropped; the store calls and control flow around the
// lookups and inserts are kept as upstream writes them.
package app

import (
	"example.com/heldout/focalboard/server/services/store"

	"example.com/heldout/focalboard/pkg/mlog"
)

// Configuration reproduces the fields of services/config.Configuration used
// here.
type Configuration struct {
	AuthMode string
}

type Services struct {
	Store            store.Store
	Logger           mlog.LoggerIFace
	SkipTemplateInit bool
}

// App reproduces server/app/app.go:57, trimmed.
type App struct {
	config *Configuration
	store  store.Store
	logger mlog.LoggerIFace
}

// New reproduces server/app/app.go:83: the template initialization runs
// from the constructor, once per server process (server/server/server.go:144).
func New(config *Configuration, services Services) *App {
	app := &App{
		config: config,
		store:  services.Store,
		logger: services.Logger,
	}
	app.initialize(services.SkipTemplateInit)
	return app
}

// initialize reproduces server/app/initialize.go:10.
func (a *App) initialize(skipTemplateInit bool) {
	if !skipTemplateInit {
		if err := a.InitTemplates(); err != nil {
			a.logger.Error(`InitializeTemplates failed`, mlog.Err(err))
		}
	}
}
