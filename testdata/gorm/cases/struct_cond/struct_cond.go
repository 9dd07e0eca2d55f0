package structcond

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Customer struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func CustomerFor(db *gorm.DB, email string) (*Customer, error) {
	var c Customer
	err := db.Where(&Customer{Email: email}).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Customer{Email: email}
		err = db.Create(&c).Error
	}
	return &c, err
}
