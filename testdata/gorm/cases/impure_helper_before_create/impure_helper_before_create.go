// Report-only: a helper that writes before the create.
package impure_helper_before_create

import (
	"errors"

	"gorm.io/gorm"
)

type Settings struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex"`
}

type Event struct {
	ID   uint
	Kind string
}

func SettingsFor(db *gorm.DB, uid uint) (*Settings, error) {
	var s Settings
	err := db.Where("user_id = ?", uid).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		db.Create(&Event{Kind: "settings"})
		s = Settings{UserID: uid}
		err = db.Create(&s).Error
	}
	return &s, err
}
