// A lookup in a loop whose found path continues.
package loop_continue

import (
	"errors"

	"gorm.io/gorm"
)

type Tag struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

func EnsureAll(db *gorm.DB, names []string) error {
	for _, n := range names {
		var t Tag
		err := db.Where("name = ?", n).First(&t).Error
		if err == nil {
			continue
		}
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return err
		}
		t = Tag{Name: n}
		if err := db.Create(&t).Error; err != nil {
			return err
		}
	}
	return nil
}
