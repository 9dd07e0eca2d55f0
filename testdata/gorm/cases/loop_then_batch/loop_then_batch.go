// Issue 16 (still failing from the behaviour-preserving fixes): lookups
// in a loop, the missing rows appended, then one batch create after the
// loop: reported, with why a batch is not fixed. A create of one row
// after the loop is not what the lookups decided: not followed.
package loop_then_batch

import (
	"errors"

	"gorm.io/gorm"
)

type Tag struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

type Audit struct {
	ID   uint
	Note string
}

func EnsureTags(db *gorm.DB, names []string) error {
	var missing []Tag
	for _, n := range names {
		var t Tag
		if err := db.Where("name = ?", n).First(&t).Error; errors.Is(err, gorm.ErrRecordNotFound) {
			missing = append(missing, Tag{Name: n})
		}
	}
	if len(missing) > 0 {
		return db.Create(&missing).Error
	}
	return nil
}

func CountTags(db *gorm.DB, names []string) error {
	found := 0
	for _, n := range names {
		var t Tag
		if err := db.Where("name = ?", n).First(&t).Error; err == nil {
			found++
		}
	}
	return db.Create(&Audit{Note: "counted"}).Error
}
