// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

import (
	"time"

	"gorm.io/gorm"
)

// AuthIdentity reproduces internal/entity/auth_identity.go:9.
type AuthIdentity struct {
	gorm.Model
	Provider    string // local, email, oauth, github
	RemoteUID   string `gorm:"column:remote_uid;index;size:255"`
	UserID      uint   `gorm:"index"`
	Token       string
	ConfirmedAt *time.Time
	ExpiresAt   *time.Time
}

// IsEmpty reproduces internal/entity/auth_identity.go:19.
func (n AuthIdentity) IsEmpty() bool {
	return n.ID == 0
}
