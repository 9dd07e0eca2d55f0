// Package core reproduces ArtalkJS/Artalk d25beede911d internal/core.
package core

import (
	"example.com/heldout/artalk/internal/config"
	"example.com/heldout/artalk/internal/dao"
)

// App reproduces internal/core/base.go:20 (fields trimmed).
type App struct {
	conf *config.Config
	dao  *dao.Dao
}

// NewApp reproduces internal/core/base.go:30 (services trimmed).
func NewApp(conf *config.Config, d *dao.Dao) *App {
	return &App{conf: conf, dao: d}
}

// Conf reproduces internal/core/base.go:224.
func (app *App) Conf() *config.Config {
	return app.conf
}

// Dao reproduces internal/core/base.go:233.
func (app *App) Dao() *dao.Dao {
	return app.dao
}
