// Package model reproduces internal/model/comment/comment.go.
package model

import (
	"github.com/google/uuid"
	"gorm.io/gorm"
)

type Status string

type SourceType string

const (
	StatusPending  Status = "pending"
	StatusApproved Status = "approved"

	SourceGuest       SourceType = "guest"
	SourceSystem      SourceType = "system"
	SourceIntegration SourceType = "integration"

	CommentSystemSettingKey = "comment_system_setting"
)

// Comment is internal/model/comment/comment.go:31. Only id is a key; every
// other index (echo_id, nickname, email, status, ip_hash, ...) is non-unique.
type Comment struct {
	ID        string     `gorm:"type:char(36);primaryKey" json:"id"`
	EchoID    string     `gorm:"type:char(36);not null;index" json:"echo_id"`
	ParentID  *string    `gorm:"type:char(36);index" json:"parent_id,omitempty"`
	UserID    *string    `gorm:"type:char(36);index" json:"user_id,omitempty"`
	Nickname  string     `gorm:"size:100;not null;index" json:"nickname"`
	Email     string     `gorm:"size:255;not null;index" json:"email"`
	Website   string     `gorm:"size:255" json:"website,omitempty"`
	Content   string     `gorm:"type:text;not null" json:"content"`
	Status    Status     `gorm:"type:varchar(20);not null;index" json:"status"`
	Hot       bool       `gorm:"not null;default:false;index" json:"hot"`
	IPHash    string     `gorm:"size:128;index" json:"-"`
	UserAgent string     `gorm:"size:512" json:"-"`
	Source    SourceType `gorm:"type:varchar(20);not null;index" json:"source"`
	CreatedAt int64      `gorm:"autoCreateTime" json:"created_at"`
	UpdatedAt int64      `gorm:"autoUpdateTime" json:"updated_at"`
}

// BeforeCreate assigns a fresh UUIDv7 id (as upstream).
func (c *Comment) BeforeCreate(_ *gorm.DB) error {
	if c.ID == "" {
		c.ID = uuid.Must(uuid.NewV7()).String()
	}
	return nil
}

// SystemSetting is the subset of the comment system setting used.
type SystemSetting struct {
	EnableComment   bool `json:"enable_comment"`
	RequireApproval bool `json:"require_approval"`
}

// CreateCommentDto is the subset of the upstream DTO used.
type CreateCommentDto struct {
	EchoID   string `json:"echo_id"`
	Content  string `json:"content"`
	Nickname string `json:"nickname"`
	Email    string `json:"email"`
}

// CreateIntegrationCommentDto is the subset of the upstream DTO used.
type CreateIntegrationCommentDto struct {
	EchoID   string `json:"echo_id"`
	Content  string `json:"content"`
	Nickname string `json:"nickname"`
}

// CreateCommentResult is the upstream result type.
type CreateCommentResult struct {
	ID     string `json:"id"`
	Status Status `json:"status"`
}
