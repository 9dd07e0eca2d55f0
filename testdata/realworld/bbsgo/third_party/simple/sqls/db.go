// Package sqls reproduces mlogclub/simple 5b105541b814 sqls (required by bbs-go as v1.2.41).
package sqls

import (
	"gorm.io/gorm"
)

// GormModel is sqls/db.go:7.
type GormModel struct {
	Id int64 `gorm:"primaryKey;autoIncrement" json:"id" form:"id"`
}

// DbConfig is sqls/db.go:11.
type DbConfig struct {
	Type                   string `yaml:"type"` // mysql, postgres, sqlite
	Url                    string `yaml:"url"`
	MaxIdleConns           int    `yaml:"maxIdleConns"`
	MaxOpenConns           int    `yaml:"maxOpenConns"`
	ConnMaxIdleTimeSeconds int    `yaml:"connMaxIdleTimeSeconds"`
	ConnMaxLifetimeSeconds int    `yaml:"connMaxLifetimeSeconds"`
}

// _db is sqls/db.go:21.
var (
	_db *gorm.DB
)

// DB is sqls/db.go:24.
func DB() *gorm.DB {
	return _db
}

// SetDB is sqls/db.go:28.
func SetDB(gormDB *gorm.DB) {
	_db = gormDB
}
