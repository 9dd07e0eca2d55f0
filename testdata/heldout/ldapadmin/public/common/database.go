// Package common reproduces eryajf/go-ldap-admin 9e621c8a80b8 public/common
// (database handle and auto-migration; MySQL/SQLite connectors dropped).
package common

import (
	"example.com/heldout/ldapadmin/model"

	"gorm.io/gorm"
)

// 全局数据库对象
var DB *gorm.DB

// 自动迁移表结构
func dbAutoMigrate() {
	_ = DB.AutoMigrate(
		&model.User{},
		&model.Role{},
		&model.Group{},
		&model.Menu{},
		&model.FieldRelation{},
	)
}

// InitDB reproduces public/common/database.go:18 (connectors dropped: the caller sets DB).
func InitDB(db *gorm.DB) {
	DB = db
	dbAutoMigrate()
}
