// Issue 16, class 6: a caller that logs the insert's error and goes on.
// Inside a transaction, PostgreSQL used to end the transaction at the
// failed insert, so the count after it failed too; a savepoint would let
// it succeed. The fix takes no savepoint inside a transaction (the race
// stays there, as the reason says) and fixes the race outside one.
package logged_create_error

import (
	"errors"
	"log"

	"gorm.io/gorm"
)

type Member struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

func Join(db *gorm.DB, email string) (int64, error) {
	var m Member
	err := db.Where("email = ?", email).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = Member{Email: email}
		if err := db.Create(&m).Error; err != nil {
			log.Printf("join: %v", err)
		}
	} else if err != nil {
		return 0, err
	}
	var n int64
	err = db.Model(&Member{}).Count(&n).Error
	return n, err
}

// JoinOrFail returns the insert's error: it gets the savepoint.
func JoinOrFail(db *gorm.DB, email string) (uint, error) {
	var m Member
	err := db.Where("email = ?", email).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = Member{Email: email}
		err = db.Create(&m).Error
		if err != nil {
			return 0, err
		}
	}
	return m.ID, err
}
