package orcondition

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Contact struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Phone string `gorm:"uniqueIndex"`
}

func ContactFor(db *gorm.DB, email, phone string) (*Contact, error) {
	var c Contact
	err := db.Where("email = ? OR phone = ?", email, phone).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Contact{Email: email, Phone: phone}
		err = db.Create(&c).Error
	}
	return &c, err
}
