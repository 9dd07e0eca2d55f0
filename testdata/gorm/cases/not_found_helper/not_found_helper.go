// A not-found helper of the user's, in this package and in another one
// (an analysis fact carries it across packages).
package not_found_helper

import (
	"errors"

	"example.com/gormcases/cases/not_found_helper/dberr"
	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func isNotFound(err error) bool { return errors.Is(err, gorm.ErrRecordNotFound) }

func UserFor(db *gorm.DB, email string) (*User, error) {
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if isNotFound(err) {
		u = User{Email: email}
		err = db.Create(&u).Error
	}
	return &u, err
}

func UserFor2(db *gorm.DB, email string) (*User, error) {
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if dberr.NotFound(err) {
		u = User{Email: email}
		err = db.Create(&u).Error
	}
	return &u, err
}
