package primarykeytag

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Feature struct {
	Code    string `gorm:"primaryKey"`
	Enabled bool
}

func FeatureFor(db *gorm.DB, code string) (*Feature, error) {
	var f Feature
	err := db.Where("code = ?", code).First(&f).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		f = Feature{Code: code}
		err = db.Create(&f).Error
	}
	return &f, err
}
