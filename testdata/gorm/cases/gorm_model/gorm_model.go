package gormmodel

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Customer struct {
	gorm.Model
	ExternalID string `gorm:"type:varchar(64);uniqueIndex"`
}

func ByID(db *gorm.DB, id uint) (*Customer, error) {
	var c Customer
	err := db.First(&c, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Customer{Model: gorm.Model{ID: id}}
		err = db.Create(&c).Error
	}
	return &c, err
}

func ByExternal(db *gorm.DB, ext string) (*Customer, error) {
	var c Customer
	err := db.Where("external_id = ?", ext).First(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c = Customer{ExternalID: ext}
		err = db.Create(&c).Error
	}
	return &c, err
}
