// Class 1: a dependent row inserted after the create (a profile) is
// inserted once: only by the caller whose insert succeeded.
package dependent_insert_after

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

type Profile struct {
	ID     uint
	UserID uint
}

func Register(db *gorm.DB, email string) (*User, error) {
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Email: email}
		if err = db.Create(&u).Error; err != nil {
			return nil, err
		}
		err = db.Create(&Profile{UserID: u.ID}).Error
	}
	return &u, err
}
