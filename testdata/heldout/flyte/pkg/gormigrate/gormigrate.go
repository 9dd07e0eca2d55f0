// Package gormigrate is a stand-in for github.com/go-gormigrate/gormigrate/v2
// (not in the held-out go.mod): only the Migration type that flyteadmin's
// migration list (flyteadmin/pkg/repositories/config/migrations.go) is built of.
package gormigrate

import "gorm.io/gorm"

// MigrateFunc is the func signature for migrating.
type MigrateFunc func(*gorm.DB) error

// RollbackFunc is the func signature for rollbacking.
type RollbackFunc func(*gorm.DB) error

// Migration represents a database migration (a modification to be made on the database).
type Migration struct {
	ID       string
	Migrate  MigrateFunc
	Rollback RollbackFunc
}
