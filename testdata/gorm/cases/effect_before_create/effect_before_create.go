// Class 1, report-only: a side effect on the not-found path before the
// create would run again for the caller that loses the race.
package effect_before_create

import (
	"errors"

	"gorm.io/gorm"
)

type Member struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
}

var audit []string

func record(what string) { audit = append(audit, what) }

func Join(db *gorm.DB, email string) (*Member, error) {
	var m Member
	err := db.Where("email = ?", email).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		record("join " + email)
		m = Member{Email: email}
		err = db.Create(&m).Error
	}
	return &m, err
}
