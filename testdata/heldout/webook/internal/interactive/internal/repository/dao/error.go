package dao

import "gorm.io/gorm"

var (
	ErrRecordNotFound = gorm.ErrRecordNotFound
)
