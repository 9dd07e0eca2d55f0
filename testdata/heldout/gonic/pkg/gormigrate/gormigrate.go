// Package gormigrate is a stand-in for gopkg.in/gormigrate.v1 (v1.6.0, the version in
// gonic's go.mod), with the same API shape for what gonic calls. The real library keeps
// applied migration ids in a table (Options.TableName) and runs each pending migration
// once, in order, from the single call in main (cmd/gonic/gonic.go:168) before any
// goroutine or the HTTP server starts. This stand-in only runs the migrations in order.
package gormigrate

import "github.com/jinzhu/gorm"

type MigrateFunc func(*gorm.DB) error

type RollbackFunc func(*gorm.DB) error

type Options struct {
	TableName                 string
	IDColumnName              string
	IDColumnSize              int
	UseTransaction            bool
	ValidateUnknownMigrations bool
}

type Migration struct {
	ID       string
	Migrate  MigrateFunc
	Rollback RollbackFunc
}

type Gormigrate struct {
	db         *gorm.DB
	options    *Options
	migrations []*Migration
}

func New(db *gorm.DB, options *Options, migrations []*Migration) *Gormigrate {
	return &Gormigrate{db: db, options: options, migrations: migrations}
}

func (g *Gormigrate) Migrate() error {
	for _, m := range g.migrations {
		if err := m.Migrate(g.db); err != nil {
			return err
		}
	}
	return nil
}
