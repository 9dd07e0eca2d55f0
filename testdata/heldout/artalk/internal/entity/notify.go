// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

import (
	"time"

	"gorm.io/gorm"
)

// Notify reproduces internal/entity/notify.go:10.
type Notify struct {
	gorm.Model

	UserID    uint `gorm:"index"` // 通知对象 (接收通知的用户 ID)
	CommentID uint `gorm:"index"` // 待查看的评论

	IsRead    bool
	ReadAt    *time.Time
	IsEmailed bool
	EmailAt   *time.Time

	Key string `gorm:"index;size:255"`
}

// IsEmpty reproduces internal/entity/notify.go:24.
func (n Notify) IsEmpty() bool {
	return n.ID == 0
}

// GenerateKey reproduces internal/entity/notify.go:29 (random source trimmed).
func (n *Notify) GenerateKey() {
	n.Key = "ABCDE"
}
