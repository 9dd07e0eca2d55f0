package countthencreate

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Topic struct {
	ID   uint
	Slug string `gorm:"index:idx_topic_slug,unique"`
}

func EnsureTopic(db *gorm.DB, slug string) error {
	var n int64
	if err := db.Model(&Topic{}).Where("slug = ?", slug).Count(&n).Error; err != nil {
		return err
	}
	if n == 0 {
		return db.Create(&Topic{Slug: slug}).Error
	}
	return nil
}
