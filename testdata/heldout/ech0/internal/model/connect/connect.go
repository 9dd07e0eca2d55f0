// Package model reproduces internal/model/connect/connect.go.
package model

import (
	"github.com/google/uuid"
	"gorm.io/gorm"
)

// Connected is internal/model/connect/connect.go:23: connect_url has no index
// at all, only id is a key.
type Connected struct {
	ID         string `gorm:"type:char(36);primaryKey" json:"id"`
	ConnectURL string `                  json:"connect_url"`
}

// BeforeCreate assigns a fresh UUIDv7 id (as upstream).
func (c *Connected) BeforeCreate(_ *gorm.DB) error {
	if c.ID == "" {
		c.ID = uuid.Must(uuid.NewV7()).String()
	}
	return nil
}
