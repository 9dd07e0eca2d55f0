package timespan

import (
	"errors"
	"fmt"

	"example.com/heldout/traggo/model"
	"gorm.io/gorm"
)

// tagsExist reproduces timespan/tagcheck.go:10 (lookup :18).
func tagsExist(db *gorm.DB, userID int, tags []model.TimeSpanTag) error {
	existingTags := make(map[string]struct{})

	for _, tag := range tags {
		if _, ok := existingTags[tag.Key]; ok {
			return fmt.Errorf("tag '%s' is present multiple times", tag.Key)
		}

		if errors.Is(db.Where("key = ?", tag.Key).Where("user_id = ?", userID).Take(new(model.TagDefinition)).Error, gorm.ErrRecordNotFound) {
			return fmt.Errorf("tag '%s' does not exist", tag.Key)
		}

		existingTags[tag.Key] = struct{}{}
	}
	return nil
}
