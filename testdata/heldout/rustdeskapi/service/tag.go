// Package service reproduces lejianwen/rustdesk-api c5687e150615 service.
package service

import (
	"example.com/heldout/rustdeskapi/model"
)

// TagService reproduces service/tag.go:8.
type TagService struct {
}

// InfoByUserIdAndNameAndCollectionId reproduces service/tag.go:16.
func (s *TagService) InfoByUserIdAndNameAndCollectionId(userid uint, name string, cid uint) *model.Tag {
	p := &model.Tag{}
	DB.Where("user_id = ? and name = ? and collection_id = ?", userid, name, cid).First(p)
	return p
}

// Create reproduces service/tag.go:87.
// Create 创建
func (s *TagService) Create(u *model.Tag) error {
	res := DB.Create(u).Error
	return res
}

// Update reproduces service/tag.go:96.
// Update 更新
func (s *TagService) Update(u *model.Tag) error {
	return DB.Model(u).Select("*").Omit("created_at").Updates(u).Error
}
