// A helper of the package that only builds the record is pure.
package pure_helper_before_create

import (
	"errors"
	"strings"

	"gorm.io/gorm"
)

type Settings struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex"`
	Theme  string
}

func themeFor(name string) string {
	if name == "" {
		return "light"
	}
	return strings.ToLower(name)
}

func SettingsFor(db *gorm.DB, uid uint) (*Settings, error) {
	var s Settings
	err := db.Where("user_id = ?", uid).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s = Settings{UserID: uid, Theme: themeFor("Light")}
		err = db.Create(&s).Error
	}
	return &s, err
}
