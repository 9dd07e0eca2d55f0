package entity

import (
	"sync"

	"gorm.io/gorm"
)

var (
	singletonDB   *gorm.DB
	singletonOnce sync.Once
)

// AutoMigrateTables reproduces pkg/entity/db.go:25. The schema is created by
// GORM AutoMigrate from the struct tags above (GetDB, db.go:80); the project
// keeps no SQL migrations.
var AutoMigrateTables = []any{
	Flag{},
	Constraint{},
	Distribution{},
	FlagSnapshot{},
	Segment{},
	User{},
	Variant{},
	Tag{},
	FlagEntityType{},
	HourlyEvent{},
}

// Connect stands in for connectDB (db.go:38: gorm.Open on the postgres,
// sqlite3 (glebarez/sqlite, the default) or mysql driver).
var Connect func() (*gorm.DB, error)

// GetDB reproduces pkg/entity/db.go:70.
func GetDB() *gorm.DB {
	singletonOnce.Do(func() {
		db, err := Connect()
		if err != nil {
			panic("failed to connect to db")
		}
		if err := db.AutoMigrate(AutoMigrateTables...); err != nil {
			panic("failed to auto-migrate database")
		}
		singletonDB = db
	})

	return singletonDB
}
