// Report-only: a batch create of the missing rows, and a create from a
// map, do not visibly carry the looked-up key.
package batch_and_map

import (
	"errors"

	"gorm.io/gorm"
)

type Tag struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

func EnsureTags(db *gorm.DB, names []string) error {
	var have []Tag
	if err := db.Where("name IN ?", names).Find(&have).Error; err != nil {
		return err
	}
	if len(have) == 0 {
		missing := make([]Tag, 0, len(names))
		for _, n := range names {
			missing = append(missing, Tag{Name: n})
		}
		return db.Create(&missing).Error
	}
	return nil
}

func EnsureTagMap(db *gorm.DB, name string) error {
	var t Tag
	err := db.Where("name = ?", name).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return db.Model(&Tag{}).Create(map[string]any{"name": name}).Error
	}
	return err
}
