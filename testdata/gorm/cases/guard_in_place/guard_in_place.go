package guardinplace

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Name  string
}

// Register tests the lookup's error in place.
func Register(db *gorm.DB, email, name string) (*User, error) {
	u := User{Email: email, Name: name}
	if errors.Is(db.Where("email = ?", email).First(&u).Error, gorm.ErrRecordNotFound) {
		if err := db.Create(&u).Error; err != nil {
			return nil, err
		}
	}
	return &u, nil
}
