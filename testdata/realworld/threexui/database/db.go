// Package database reproduces MHSanaei/3x-ui 02002dc1c304 internal/database.
package database

import (
	"errors"

	"gorm.io/gorm"
)

var db *gorm.DB

// IsPostgres is database/db.go:45.
func IsPostgres() bool {
	if db == nil {
		return false
	}
	return db.Name() == "postgres"
}

// GetDB is database/db.go:2264.
func GetDB() *gorm.DB {
	return db
}

// IsNotFound is database/db.go:2268.
func IsNotFound(err error) bool {
	return errors.Is(err, gorm.ErrRecordNotFound)
}
