// Class 1: a side effect after the create runs only for the caller that
// inserted; the fix keeps it there, and the loser takes the found path.
package welcome_mail

import (
	"errors"

	"gorm.io/gorm"
)

type Member struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

var sent []string

func sendWelcome(to string) { sent = append(sent, to) }

func Join(db *gorm.DB, email string) (*Member, error) {
	var m Member
	err := db.Where("email = ?", email).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		m = Member{Email: email}
		if err := db.Create(&m).Error; err != nil {
			return nil, err
		}
		sendWelcome(email) // once per member
		return &m, nil
	}
	return &m, err
}
