package globaldb

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Setting struct {
	ID  uint
	Key string `gorm:"uniqueIndex"`
	Val string
}

var DB *gorm.DB

func Get(key, def string) (string, error) {
	var s Setting
	err := DB.Where("key = ?", key).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s = Setting{Key: key, Val: def}
		err = DB.Create(&s).Error
	}
	return s.Val, err
}
