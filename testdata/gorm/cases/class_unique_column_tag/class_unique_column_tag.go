package classuniquecolumntag

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Link struct {
	ID   uint
	Href string `gorm:"column:url;index:,class:UNIQUE"`
}

func LinkFor(db *gorm.DB, href string) (*Link, error) {
	var l Link
	err := db.Where("url = ?", href).First(&l).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		l = Link{Href: href}
		err = db.Create(&l).Error
	}
	return &l, err
}
