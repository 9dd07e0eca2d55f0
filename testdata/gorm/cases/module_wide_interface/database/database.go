// Package database implements api.UserDatabase with GORM.
package database

import (
	"example.com/gormcases/cases/module_wide_interface/model"
	"gorm.io/gorm"
)

type GormDatabase struct{ DB *gorm.DB }

// GetUserByName returns the user, or nil when there is none.
func (d *GormDatabase) GetUserByName(name string) (*model.User, error) {
	user := new(model.User)
	err := d.DB.Where("name = ?", name).Find(user).Error
	if user.Name == name {
		return user, err
	}
	return nil, err
}

func (d *GormDatabase) CreateUser(user *model.User) error { return d.DB.Create(user).Error }
