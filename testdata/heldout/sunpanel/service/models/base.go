// Package models reproduces service/models of hslr-s/sun-panel at
// 25f46209d97ae7bd6de29c39f93fd4d83932eb06 (struct tags copied unchanged).
package models

import (
	"time"

	"gorm.io/gorm"
)

// int类型代表是否的常量
const (
	INT_FALSE = iota
	INT_TURE
)

// BaseModel reproduces service/models/base.go:20.
type BaseModel struct {
	gorm.Model
	// Db *gorm.DB `gorm:"_"`
	ID        uint      `gorm:"primarykey" json:"id"`
	CreatedAt time.Time `json:"createTime"`
	UpdatedAt time.Time `json:"updateTime"`
	// DeletedAt DeletedAt `gorm:"index"`
}

// Db reproduces service/models/base.go:48 (set by initialize.DatabaseConnect;
// GetDb, which opens the MySQL/SQLite drivers, is left out).
var Db *gorm.DB
