package existsinplace

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Account struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

var errExists = errors.New("already registered")

// SignUp fails when the email is taken.
func SignUp(db *gorm.DB, email string) error {
	var a Account
	if !errors.Is(db.Where("email = ?", email).First(&a).Error, gorm.ErrRecordNotFound) {
		return errExists
	}
	a = Account{Email: email}
	return db.Create(&a).Error
}
