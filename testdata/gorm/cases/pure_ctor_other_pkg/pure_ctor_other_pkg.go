// Issue 16, negative: a constructor in another package of the module that
// only builds a struct is judged by its summary (an EffectFact), not
// refused for where it lives.
package pure_ctor_other_pkg

import (
	"errors"

	"gorm.io/gorm"

	"example.com/gormcases/cases/pure_ctor_other_pkg/defaults"
)

type Settings struct {
	ID     uint
	UserID string `gorm:"uniqueIndex"`
	Theme  string
}

func SettingsFor(db *gorm.DB, user string) (uint, error) {
	var s Settings
	err := db.Where("user_id = ?", user).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		cfg := defaults.For(user)
		s = Settings{UserID: user, Theme: cfg.Theme}
		err = db.Create(&s).Error
	}
	return s.ID, err
}
