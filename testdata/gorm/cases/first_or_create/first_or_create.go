package firstorcreate

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Tag struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

func TagFor(db *gorm.DB, name string) (*Tag, error) {
	var t Tag
	if err := db.Where(Tag{Name: name}).FirstOrCreate(&t).Error; err != nil {
		return nil, err
	}
	return &t, nil
}
