// Class 14, report-only: the lookup is outside a transaction closure and
// the create inside it; the closure cannot go back to the lookup.
package create_in_tx_closure

import (
	"errors"

	"gorm.io/gorm"
)

var ErrExists = errors.New("exists")

type User struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func SignUp(db *gorm.DB, email string) (*User, error) {
	var u User
	if err := db.Where("email = ?", email).First(&u).Error; err == nil {
		return &u, ErrExists
	} else if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	err := db.Transaction(func(tx *gorm.DB) error {
		u = User{Email: email}
		return tx.Create(&u).Error
	})
	return &u, err
}
