// Package model holds the User row.
package model

import "gorm.io/gorm"

type User struct {
	ID        uint
	Name      string `gorm:"uniqueIndex"`
	DeletedAt gorm.DeletedAt
}
