// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

import (
	"gorm.io/gorm"
)

// Site reproduces internal/entity/site.go:7.
type Site struct {
	gorm.Model
	Name string `gorm:"uniqueIndex;size:255"`
	Urls string
}

// IsEmpty reproduces internal/entity/site.go:13.
func (s Site) IsEmpty() bool {
	return s.ID == 0
}
