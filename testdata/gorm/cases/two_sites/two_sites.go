package twosites

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Country struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

type City struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

func Place(db *gorm.DB, code, name string) (*Country, *City, error) {
	var co Country
	err := db.Where("code = ?", code).First(&co).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		co = Country{Code: code}
		err = db.Create(&co).Error
	}
	if err != nil {
		return nil, nil, err
	}
	var ci City
	err = db.Where("name = ?", name).First(&ci).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		ci = City{Name: name}
		err = db.Create(&ci).Error
	}
	if err != nil {
		return nil, nil, err
	}
	return &co, &ci, nil
}
