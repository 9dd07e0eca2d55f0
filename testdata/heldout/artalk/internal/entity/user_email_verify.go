// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

import (
	"time"

	"gorm.io/gorm"
)

// UserEmailVerify reproduces internal/entity/user_email_verify.go:9.
type UserEmailVerify struct {
	gorm.Model
	Email     string `gorm:"index;size:255"`
	Code      string
	ExpiresAt time.Time
	IP        string
	UA        string
}
