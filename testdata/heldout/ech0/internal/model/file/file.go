// Package model reproduces internal/model/file/file.go.
package model

import (
	"github.com/google/uuid"
	"gorm.io/gorm"
)

// File is internal/model/file/file.go:29. idx_file_route is a UNIQUE index on
// (storage_type, provider, bucket, key) (:33-37).
type File struct {
	ID string `gorm:"type:char(36);primaryKey" json:"id"`

	Key string `gorm:"type:varchar(500);not null;uniqueIndex:idx_file_route,priority:4" json:"key"`

	StorageType string `gorm:"type:varchar(20);not null;uniqueIndex:idx_file_route,priority:1" json:"storage_type"`
	Provider    string `gorm:"type:varchar(50);uniqueIndex:idx_file_route,priority:2" json:"provider,omitempty"`
	Bucket      string `gorm:"type:varchar(120);uniqueIndex:idx_file_route,priority:3" json:"bucket,omitempty"`

	URL         string `gorm:"type:text" json:"url"`
	Name        string `gorm:"type:varchar(255)" json:"name"`
	ContentType string `gorm:"type:varchar(100)" json:"content_type,omitempty"`
	Size        int64  `gorm:"default:0" json:"size"`
	Width       int    `gorm:"default:0" json:"width,omitempty"`
	Height      int    `gorm:"default:0" json:"height,omitempty"`

	Category  string `gorm:"type:varchar(20);index" json:"category"`
	UserID    string `gorm:"type:char(36);index;not null" json:"user_id"`
	CreatedAt int64  `gorm:"autoCreateTime" json:"created_at"`
}

// TempFile is internal/model/file/file.go:61.
type TempFile struct {
	ID         string `gorm:"type:char(36);primaryKey"               json:"id"`
	FileID     string `gorm:"type:char(36);not null;uniqueIndex"     json:"file_id"`
	UploaderID string `gorm:"type:char(36);index;not null"            json:"uploader_id"`
	ExpireAt   int64  `gorm:"index;not null"                          json:"expire_at"`
	CreatedAt  int64  `gorm:"autoCreateTime;index"                    json:"created_at"`
}

// BeforeCreate is internal/model/file/file.go:70.
func (f *File) BeforeCreate(_ *gorm.DB) error {
	if f.ID == "" {
		f.ID = uuid.Must(uuid.NewV7()).String()
	}
	return nil
}

// BeforeCreate mirrors File.BeforeCreate for TempFile.
func (t *TempFile) BeforeCreate(_ *gorm.DB) error {
	if t.ID == "" {
		t.ID = uuid.Must(uuid.NewV7()).String()
	}
	return nil
}
