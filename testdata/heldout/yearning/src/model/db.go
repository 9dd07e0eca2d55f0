package model

import (
	"gorm.io/gorm"
)

var sqlDB *gorm.DB

// DBNew reproduces src/model/db.go:54 (config file and MySQL driver dropped: the caller passes the handle).
func DBNew(db *gorm.DB) {
	sqlDB = db
}

// DB reproduces src/model/db.go:82.
func DB() *gorm.DB {
	return sqlDB
}
