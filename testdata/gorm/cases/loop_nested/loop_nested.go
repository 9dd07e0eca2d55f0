package loopnested

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Label struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

// EnsureLabels runs from a request handler, so calls overlap.
func EnsureLabels(db *gorm.DB, names []string) error {
	for _, name := range names {
		if name == "" {
			continue
		}
		{
			var l Label
			err := db.Where("name = ?", name).First(&l).Error
			if errors.Is(err, gorm.ErrRecordNotFound) {
				l = Label{Name: name}
				if err := db.Create(&l).Error; err != nil {
					return err
				}
			}
		}
	}
	return nil
}
