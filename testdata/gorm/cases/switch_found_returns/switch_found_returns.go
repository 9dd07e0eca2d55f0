// Class 10: the found arm of a switch returns the row; the loser of the
// race returns the row too.
package switch_found_returns

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
	switch {
	case err == nil:
		return &u, nil
	case errors.Is(err, gorm.ErrRecordNotFound):
		u = User{Email: email}
		if err := db.Create(&u).Error; err != nil {
			return nil, err
		}
		return &u, nil
	default:
		return nil, err
	}
}
