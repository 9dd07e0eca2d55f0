// A uniqueness check that hands back the row it found with its error
// (sun-panel's CheckUsernameExist: (User, error), an error when the name
// is taken), reading RowsAffected of a First: a nil error says not
// found. Its callers test the error and create: fixed with a unique key.
package row_guard

import (
	"errors"

	"gorm.io/gorm"
)

type Account struct {
	ID       uint   `gorm:"primaryKey"`
	Username string `gorm:"size:64;uniqueIndex"`
}

var ErrTaken = errors.New("username taken")

// CheckUsername answers ErrTaken, with the account, when the name is used.
func CheckUsername(db *gorm.DB, username string) (Account, error) {
	has := Account{}
	count := db.Where("username = ?", username).First(&has).RowsAffected
	if count != 0 {
		return has, ErrTaken
	}
	return has, nil
}

// Register creates the account when its name is free; the loser of
// the race gets ErrTaken, as it would have run second.
func Register(db *gorm.DB, username string) (uint, error) {
	if _, err := CheckUsername(db, username); err != nil {
		return 0, err
	}
	a := Account{Username: username}
	if err := db.Create(&a).Error; err != nil {
		return 0, err
	}
	return a.ID, nil
}
