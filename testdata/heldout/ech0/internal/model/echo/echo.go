// Package model reproduces internal/model/echo/echo.go.
package model

import (
	"github.com/google/uuid"
	"gorm.io/gorm"
)

// Echo is internal/model/echo/echo.go:15 (reduced).
type Echo struct {
	ID        string `gorm:"type:char(36);primaryKey"                      json:"id"`
	Content   string `gorm:"type:text;not null"                            json:"content"`
	Username  string `gorm:"type:varchar(100)"                             json:"username,omitempty"`
	Private   bool   `gorm:"default:false"                                 json:"private"`
	UserID    string `gorm:"type:char(36);not null;index"                  json:"user_id"`
	Tags      []Tag  `gorm:"many2many:echo_tags;"                          json:"tags,omitempty"`
	FavCount  int    `gorm:"default:0"                                     json:"fav_count"`
	CreatedAt int64  `gorm:"autoCreateTime"                                json:"created_at"`
}

// Tag is internal/model/echo/echo.go:39. name is a UNIQUE index (:41).
type Tag struct {
	ID         string `gorm:"type:char(36);primaryKey"              json:"id"`
	Name       string `gorm:"type:varchar(50);uniqueIndex;not null" json:"name"`
	UsageCount int    `gorm:"default:0"                             json:"usage_count"`
	CreatedAt  int64  `gorm:"autoCreateTime"                        json:"created_at"`
}

// EchoTag is internal/model/echo/echo.go:47 (composite primary key).
type EchoTag struct {
	EchoID string `gorm:"type:char(36);primaryKey"`
	TagID  string `gorm:"type:char(36);primaryKey;index"`
}

// BeforeCreate is internal/model/echo/echo.go:52.
func (e *Echo) BeforeCreate(_ *gorm.DB) error {
	if e.ID == "" {
		e.ID = uuid.Must(uuid.NewV7()).String()
	}
	return nil
}

// BeforeCreate is internal/model/echo/echo.go:59.
func (t *Tag) BeforeCreate(_ *gorm.DB) error {
	if t.ID == "" {
		t.ID = uuid.Must(uuid.NewV7()).String()
	}
	return nil
}
