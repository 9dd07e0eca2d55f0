package entity

import "gorm.io/gorm"

// User reproduces pkg/entity/user.go:6. Only auto-migrated (db.go:31); no
// code reads or writes it.
type User struct {
	gorm.Model
	Email string `gorm:"type:text"`
}
