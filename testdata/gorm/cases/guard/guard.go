package guard

import (
	"errors"

	"gorm.io/gorm"
)

type Settings struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex"`
	Theme  string
}

// GetSettings returns the user's settings, creating them on first use.
func GetSettings(db *gorm.DB, uid uint) (*Settings, error) {
	var s Settings
	err := db.Where("user_id = ?", uid).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		// first visit: default theme
		s = Settings{UserID: uid, Theme: "light"}
		err = db.Create(&s).Error // two concurrent callers both get here
	}
	if err != nil {
		return nil, err
	}
	return &s, nil
}
