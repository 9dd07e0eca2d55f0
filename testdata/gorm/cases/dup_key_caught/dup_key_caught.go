// Not reported: the create already handles a unique violation.
package dup_key_caught

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func UserFor(db *gorm.DB, email string) (*User, error) {
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Email: email}
		err = db.Create(&u).Error
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			err = db.Where("email = ?", email).First(&u).Error
		}
	}
	return &u, err
}
