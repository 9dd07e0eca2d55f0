// Report-only: the not-found path changes a value the lookup reads, so a
// second lookup would not repeat the first.
package lookup_input_changed

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
	err := db.Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		email = strings.TrimSpace(email)
		u = User{Email: email}
		err = db.Create(&u).Error
	}
	return &u, err
}
