// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

import (
	"gorm.io/gorm"
)

// VoteType reproduces internal/entity/vote.go:9.
type VoteType string

// Vote reproduces internal/entity/vote.go:18.
type Vote struct {
	gorm.Model

	TargetID uint     `gorm:"index"` // 投票对象
	Type     VoteType `gorm:"index"`

	UserID uint `gorm:"index"` // 投票者
	UA     string
	IP     string
}
