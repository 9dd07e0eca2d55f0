// Package model reproduces internal/model/user (user.go, auth_identity.go).
package model

import (
	"github.com/google/uuid"
	"gorm.io/gorm"
)

const (
	USER_NOT_EXISTS_ID = ""
)

// User is internal/model/user/user.go:16. username is UNIQUE (:18).
type User struct {
	ID       string `gorm:"type:char(36);primaryKey" json:"id"`
	Username string `gorm:"size:255;not null;unique" json:"username"`
	Email    string `gorm:"size:255;index"            json:"email"`
	IsAdmin  bool   `gorm:"bool"                     json:"is_admin"`
	IsOwner  bool   `gorm:"bool"                     json:"is_owner"`
	Avatar   string `gorm:"size:255"                 json:"avatar"`
	Locale   string `gorm:"size:16;default:zh-CN"    json:"locale"`
}

// BeforeCreate is internal/model/user/user.go:26.
func (u *User) BeforeCreate(_ *gorm.DB) error {
	if u.ID == "" {
		u.ID = uuid.Must(uuid.NewV7()).String()
	}
	return nil
}

// UserLocalAuth is internal/model/user/auth_identity.go:12.
type UserLocalAuth struct {
	UserID       string `gorm:"type:char(36);primaryKey"`
	PasswordHash string `gorm:"size:255;not null"`
	PasswordAlgo string `gorm:"size:32;not null;default:md5"`
	UpdatedAt    int64  `gorm:"autoUpdateTime"`
}

func (UserLocalAuth) TableName() string {
	return "user_local_auth"
}

// UserExternalIdentity is internal/model/user/auth_identity.go:24. The only
// composite index, idx_identity_provider_subject (provider, issuer, subject),
// is NOT unique; user_id has a plain index.
type UserExternalIdentity struct {
	ID        string `gorm:"type:char(36);primaryKey"`
	UserID    string `gorm:"type:char(36);not null;index"`
	Provider  string `gorm:"size:64;not null;index:idx_identity_provider_subject,priority:1"`
	Subject   string `gorm:"size:255;not null;index:idx_identity_provider_subject,priority:3"`
	Issuer    string `gorm:"size:255;default:'';index:idx_identity_provider_subject,priority:2"`
	Protocol  string `gorm:"size:32;not null;default:oauth2"`
	CreatedAt int64  `gorm:"autoCreateTime"`
	UpdatedAt int64  `gorm:"autoUpdateTime"`
}

func (UserExternalIdentity) TableName() string {
	return "user_external_identities"
}

// BeforeCreate is internal/model/user/auth_identity.go:39.
func (e *UserExternalIdentity) BeforeCreate(_ *gorm.DB) error {
	if e.ID == "" {
		e.ID = uuid.Must(uuid.NewV7()).String()
	}
	return nil
}

// UserInfoDto is the subset of internal/model/user/user_dto.go used by UpdateUser.
type UserInfoDto struct {
	Username string `json:"username"`
	Password string `json:"password"`
	Email    string `json:"email"`
}
