// Class 4: a unique expression index on lower(email). The fix needs no
// conflict target, so it works with any unique index that implies the
// looked-up key is unique.
package expression_index

import (
	"errors"

	"gorm.io/gorm"
)

type Account struct {
	ID    uint
	Email string `gorm:"uniqueIndex:idx_accounts_email_lower,expression:lower(email)"`
}

func AccountFor(db *gorm.DB, email string) (*Account, error) {
	var a Account
	err := db.Where("email = ?", email).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Account{Email: email}
		err = db.Create(&a).Error
	}
	return &a, err
}
