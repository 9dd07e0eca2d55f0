// Issue 16, class 6: a BeforeCreate hook that lower-cases the key. The
// second lookup must ask what the first asked: by the caller's value
// (Lookup), or by the record's field when the record is built again at
// the label (LookupByRecord). A mixed-case key never matches the stored
// one, so the second caller fails on the key, serially as under the race.
package before_create_normalizes

import (
	"errors"
	"strings"

	"gorm.io/gorm"
)

type Account struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func (a *Account) BeforeCreate(tx *gorm.DB) error {
	a.Email = strings.ToLower(a.Email)
	return nil
}

func Lookup(db *gorm.DB, email string) (*Account, error) {
	key := "Mixed-" + email
	var a Account
	err := db.Where("email = ?", key).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Account{Email: key}
		err = db.Create(&a).Error
	}
	return &a, err
}

func LookupLower(db *gorm.DB, email string) (*Account, error) {
	var a Account
	err := db.Where("email = ?", email).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Account{Email: email}
		err = db.Create(&a).Error
	}
	return &a, err
}

func LookupByRecord(db *gorm.DB, email string) (*Account, error) {
	a := Account{Email: "Mixed-" + email}
	err := db.Where("email = ?", a.Email).First(&a).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		err = db.Create(&a).Error
	}
	return &a, err
}
