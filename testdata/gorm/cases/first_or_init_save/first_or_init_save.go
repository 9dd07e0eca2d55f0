package firstorinitsave

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Visit struct {
	ID   uint
	Page string `gorm:"uniqueIndex"`
	Hits int
}

func Hit(db *gorm.DB, page string) error {
	var v Visit
	db.Where(Visit{Page: page}).FirstOrInit(&v)
	v.Hits++
	return db.Save(&v).Error
}
