package dao

import (
	"context"

	"gorm.io/gorm"
)

// ErrNotFound is GORM's.
var ErrNotFound = gorm.ErrRecordNotFound

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type UserDAO struct{ DB *gorm.DB }

func (d *UserDAO) FindByEmail(ctx context.Context, email string) (User, error) {
	var u User
	err := d.DB.WithContext(ctx).First(&u, "email = ?", email).Error
	return u, err
}

func (d *UserDAO) Insert(ctx context.Context, u *User) error {
	return d.DB.WithContext(ctx).Create(u).Error
}
