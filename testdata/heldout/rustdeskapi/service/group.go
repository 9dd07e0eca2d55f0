// Package service reproduces lejianwen/rustdesk-api c5687e150615 service.
package service

import (
	"example.com/heldout/rustdeskapi/model"
)

// GroupService reproduces service/group.go:8.
type GroupService struct {
}

// InfoById reproduces service/group.go:12.
func (us *GroupService) InfoById(id uint) *model.Group {
	u := &model.Group{}
	DB.Where("id = ?", id).First(u)
	return u
}

// Create reproduces service/group.go:33.
func (us *GroupService) Create(u *model.Group) error {
	res := DB.Create(u).Error
	return res
}
