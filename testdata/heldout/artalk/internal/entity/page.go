// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

import (
	"gorm.io/gorm"
)

// Page reproduces internal/entity/page.go:7.
type Page struct {
	gorm.Model

	Key string `gorm:"index;size:255"` // Page key

	Title     string
	AdminOnly bool

	SiteName string `gorm:"index;size:255"`

	AccessibleURL string `gorm:"-"`

	VoteUp   int
	VoteDown int

	PV int

	Site *Site `gorm:"foreignKey:site_name;references:name"`
}

// IsEmpty reproduces internal/entity/page.go:36.
func (p Page) IsEmpty() bool {
	return p.ID == 0
}
