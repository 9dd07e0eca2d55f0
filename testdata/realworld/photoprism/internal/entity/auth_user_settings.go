// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"fmt"
	"time"
)

// NewUserSettings creates new user preferences.
//
// Upstream: internal/entity/auth_user_settings.go:38.
func NewUserSettings(uid string) *UserSettings {
	return &UserSettings{UserUID: uid}
}

// CreateUserSettings creates new user settings or returns nil on error.
//
// Upstream: internal/entity/auth_user_settings.go:43.
func CreateUserSettings(user *User) error {
	if user == nil {
		return fmt.Errorf("user is nil")
	}

	if user.GetUID() == "" {
		return fmt.Errorf("empty user uid")
	}

	user.UserSettings = &UserSettings{}

	if err := Db().Where("user_uid = ?", user.GetUID()).First(user.UserSettings).Error; err == nil { // race
		return nil
	}

	return user.UserSettings.Create()
}

// Create new entity in the database.
//
// Upstream: internal/entity/auth_user_settings.go:67.
func (m *UserSettings) Create() error {
	return Db().Create(m).Error
}

// Save updates the record in the database or inserts a new record if it does not already exist.
//
// Upstream: internal/entity/auth_user_settings.go:72.
func (m *UserSettings) Save() error {
	return Db().Save(m).Error
}

// UserSettings is internal/entity/auth_user_settings.go:12 (preference columns trimmed).
type UserSettings struct {
	UserUID    string    `gorm:"type:VARBINARY(42);primary_key;auto_increment:false;" json:"-" yaml:"UserUID"`
	UITheme    string    `gorm:"type:VARBINARY(32);column:ui_theme;" json:"UITheme,omitempty" yaml:"UITheme,omitempty"`
	UILanguage string    `gorm:"type:VARBINARY(32);column:ui_language;" json:"UILanguage,omitempty" yaml:"UILanguage,omitempty"`
	CreatedAt  time.Time `json:"CreatedAt" yaml:"-"`
	UpdatedAt  time.Time `json:"UpdatedAt" yaml:"-"`
}

// TableName is internal/entity/auth_user_settings.go:32.
func (UserSettings) TableName() string {
	return "auth_users_settings"
}
