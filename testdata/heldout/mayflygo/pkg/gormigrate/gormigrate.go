// Package gormigrate is a STAND-IN for github.com/go-gormigrate/gormigrate/v2
// (not in the held-out module), same API shape as used by mayfly-go:
// Migration{ID, Migrate, Rollback}, Options{TableName, IDColumnName,
// IDColumnSize, UseTransaction, ValidateUnknownMigrations}, New, (*Gormigrate).Migrate.
// Like the real library, it keeps applied ids in a table whose id column is the
// primary key, skips applied migrations, and with UseTransaction runs each
// pending migration and the insert of its id in one transaction.
package gormigrate

import (
	"errors"

	"gorm.io/gorm"
)

type MigrateFunc func(*gorm.DB) error

type RollbackFunc func(*gorm.DB) error

type Migration struct {
	ID       string
	Migrate  MigrateFunc
	Rollback RollbackFunc
}

type Options struct {
	TableName                 string
	IDColumnName              string
	IDColumnSize              int
	UseTransaction            bool
	ValidateUnknownMigrations bool
}

type Gormigrate struct {
	db         *gorm.DB
	options    *Options
	migrations []*Migration
}

func New(db *gorm.DB, options *Options, migrations []*Migration) *Gormigrate {
	return &Gormigrate{db: db, options: options, migrations: migrations}
}

type migrationRow struct {
	ID string `gorm:"primaryKey"`
}

func (g *Gormigrate) Migrate() error {
	table := g.db.Table(g.options.TableName)
	if err := table.AutoMigrate(&migrationRow{}); err != nil {
		return err
	}
	for _, m := range g.migrations {
		var n int64
		g.db.Table(g.options.TableName).Where(g.options.IDColumnName+" = ?", m.ID).Count(&n)
		if n > 0 {
			continue
		}
		run := func(tx *gorm.DB) error {
			if m.Migrate == nil {
				return errors.New("gormigrate: missing migrate function")
			}
			if err := m.Migrate(tx); err != nil {
				return err
			}
			return tx.Table(g.options.TableName).Create(&migrationRow{ID: m.ID}).Error
		}
		if g.options.UseTransaction {
			if err := g.db.Transaction(run); err != nil {
				return err
			}
		} else if err := run(g.db); err != nil {
			return err
		}
	}
	return nil
}
