// Class 9, report-only: the lookup and the insert use different values.
package lowered_lookup

import (
	"errors"
	"strings"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func UserFor(db *gorm.DB, email string) (*User, error) {
	var u User
	err := db.Where("email = ?", strings.ToLower(email)).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Email: email}
		err = db.Create(&u).Error
	}
	return &u, err
}
