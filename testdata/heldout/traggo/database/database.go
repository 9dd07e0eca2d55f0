// Package database reproduces github.com/traggo/server/database (database.go).
// GORM v1 -> v2: gorm.Open(dialect, connection) with the jinzhu dialects is
// written gorm.Open(dialector) (no SQL driver is linked here; the caller passes the
// dialector); db.DB() returns (*sql.DB, error); the logger setup and the SQLite
// directory creation are left out. The schema is AutoMigrate of model.All() only.
package database

import (
	"example.com/heldout/traggo/model"
	"example.com/heldout/traggo/pkg/zerolog/log"
	"gorm.io/gorm"
)

// New reproduces database/database.go:19.
func New(dialector gorm.Dialector) (*gorm.DB, error) {
	db, err := gorm.Open(dialector, &gorm.Config{})
	if err != nil {
		return nil, err
	}

	sqlDB, err := db.DB()
	if err != nil {
		return nil, err
	}
	// We normally don't need that much connections, so we limit them. F.ex. mysql complains about
	// "too many connections".
	sqlDB.SetMaxOpenConns(10)

	if db.Dialector.Name() == "sqlite" {
		// We use the database connection inside the handlers from the http
		// framework, therefore concurrent access occurs. Sqlite cannot handle
		// concurrent writes, so we limit sqlite to one connection.
		// see https://github.com/mattn/go-sqlite3/issues/274
		sqlDB.SetMaxOpenConns(1)
		db.Exec("PRAGMA foreign_keys = ON")
	}

	log.Debug().Msg("Auto migrating schema's")
	db.AutoMigrate(model.All()...)

	log.Debug().Msg("Database initialized")
	return db, nil
}
