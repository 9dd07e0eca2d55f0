// Not reported: the code is already in upsertfix's retry form.
package already_retried

import (
	"errors"

	"gorm.io/gorm"
)

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func UserFor(db *gorm.DB, email string) (*User, error) {
	retries := 0
lookup:
	var u User
	err := db.Where("email = ?", email).First(&u).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		u = User{Email: email}
		err = db.Transaction(func(tx *gorm.DB) error { return tx.Create(&u).Error })
		if err != nil && retries < 3 {
			retries++
			goto lookup
		}
	}
	return &u, err
}
