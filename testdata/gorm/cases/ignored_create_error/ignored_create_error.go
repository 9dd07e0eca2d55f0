// The create's error is ignored, and stays ignored after the retry.
package ignored_create_error

import (
	"errors"

	"gorm.io/gorm"
)

type Badge struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

func BadgeFor(db *gorm.DB, code string) uint {
	var b Badge
	err := db.Where("code = ?", code).First(&b).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		b = Badge{Code: code}
		db.Create(&b)
	}
	return b.ID
}
