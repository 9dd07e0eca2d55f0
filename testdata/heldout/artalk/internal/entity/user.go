// Package entity reproduces ArtalkJS/Artalk d25beede911d internal/entity.
package entity

import (
	"gorm.io/gorm"
)

// User reproduces internal/entity/user.go:14.
type User struct {
	gorm.Model
	Name         string `gorm:"index;size:255"`
	Email        string `gorm:"index;size:255"`
	Link         string
	Password     string
	BadgeName    string
	BadgeColor   string
	LastIP       string
	LastUA       string
	IsAdmin      bool
	ReceiveEmail bool `gorm:"default:true"`

	// 配置文件中添加的
	IsInConf bool
}

// IsEmpty reproduces internal/entity/user.go:32.
func (u User) IsEmpty() bool {
	return u.ID == 0
}

// SetPasswordEncrypt reproduces internal/entity/user.go:36 (hashing trimmed).
func (u *User) SetPasswordEncrypt(password string) (err error) {
	u.Password = "(bcrypt)" + password
	return nil
}
