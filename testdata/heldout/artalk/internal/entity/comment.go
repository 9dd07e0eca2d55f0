// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

import (
	"gorm.io/gorm"
)

// Comment reproduces internal/entity/comment.go:7 (fields trimmed).
type Comment struct {
	gorm.Model

	Content string

	PageKey  string `gorm:"index;size:255"`
	SiteName string `gorm:"index;size:255"`

	UserID uint `gorm:"index"`

	VoteUp   int
	VoteDown int
}

// IsEmpty reproduces internal/entity/comment.go:40.
func (c Comment) IsEmpty() bool {
	return c.ID == 0
}
