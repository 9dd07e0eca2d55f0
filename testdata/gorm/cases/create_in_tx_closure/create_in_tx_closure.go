// The lookup is outside a transaction closure and the create inside it:
// the transaction is the insert's savepoint, so the fix goes back around
// it; on the way back the closure sets u again, as the first pass did,
// and returns the first error in place of the insert.
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
