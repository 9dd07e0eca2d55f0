package earlyreturn

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Counter struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
	N    int
}

func Ensure(db *gorm.DB, name string) (*Counter, error) {
	var c Counter
	err := db.Where("name = ?", name).First(&c).Error
	if err == nil {
		return &c, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	c = Counter{Name: name}
	return &c, db.Create(&c).Error
}
