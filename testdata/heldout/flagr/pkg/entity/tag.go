package entity

import (
	"gorm.io/gorm"
)

// Tag reproduces pkg/entity/tag.go:8 (table tags, Value
// `uniqueIndex:idx_tag_value` :11).
type Tag struct {
	gorm.Model

	Value string  `gorm:"type:varchar(64);uniqueIndex:idx_tag_value"`
	Flags []*Flag `gorm:"many2many:flags_tags;"`
}
