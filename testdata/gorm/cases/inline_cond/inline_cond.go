package inlinecond

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Author struct {
	ID     uint
	Handle string `gorm:"uniqueIndex"`
}

func AuthorFor(db *gorm.DB, handle string) (*Author, error) {
	var a Author
	err := db.First(&a, "handle = ?", handle).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a = Author{Handle: handle}
		err = db.Create(&a).Error
	}
	return &a, err
}
