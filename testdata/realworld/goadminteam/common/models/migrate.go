// Package models reproduces go-admin-team/go-admin 85666f160f29 common/models.
package models

import "time"

// Migration is common/models/migrate.go:5.
type Migration struct {
	Version   string    `gorm:"primaryKey"`
	ApplyTime time.Time `gorm:"autoCreateTime"`
}

// TableName is common/models/migrate.go:10.
func (Migration) TableName() string {
	return "sys_migration"
}
