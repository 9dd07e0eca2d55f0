// An effect in a not-found branch that returns does not precede the
// create, so the site is fixable.
package effect_in_exit_branch

import (
	"errors"

	"gorm.io/gorm"
)

var ErrClosed = errors.New("sign-ups are closed")

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

var denied []string

func deny(email string) { denied = append(denied, email) }

func SignUp(db *gorm.DB, email string, open bool) (*User, error) {
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		if !open {
			deny(email)
			return nil, ErrClosed
		}
		u = User{Email: email}
		err = db.Create(&u).Error
	}
	return &u, err
}
