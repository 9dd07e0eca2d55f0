// Package entity reproduces photoprism/photoprism 382ffa89927f internal/entity (jinzhu/gorm v1 calls written against gorm.io/gorm; struct tags kept verbatim).
package entity

import (
	"time"
)

// block7 is internal/entity/file_share.go:7.
const (
	FileShareNew     = "new"
	FileShareError   = "error"
	FileShareShared  = "shared"
	FileShareRemoved = "removed"
)

// FileShare represents a one-to-many relation between File and Account for pushing files to remote services.
//
// Upstream: internal/entity/file_share.go:15.
type FileShare struct {
	FileID     uint   `gorm:"primary_key;auto_increment:false"`
	ServiceID  uint   `gorm:"primary_key;auto_increment:false"`
	RemoteName string `gorm:"primary_key;auto_increment:false;type:VARBINARY(255)"`
	Status     string `gorm:"type:VARBINARY(16);"`
	Error      string `gorm:"type:VARBINARY(512);"`
	Errors     int
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// TableName returns the entity table name.
//
// Upstream: internal/entity/file_share.go:29.
func (FileShare) TableName() string {
	return "files_share"
}

// NewFileShare creates a new entity.
//
// Upstream: internal/entity/file_share.go:34.
func NewFileShare(fileID, accountID uint, remoteName string) *FileShare {
	result := &FileShare{
		FileID:     fileID,
		ServiceID:  accountID,
		RemoteName: remoteName,
		Status:     "new",
		Error:      "",
		Errors:     0,
	}

	return result
}

// Updates multiple columns in the database.
//
// Upstream: internal/entity/file_share.go:48.
func (m *FileShare) Updates(values interface{}) error {
	return UnscopedDb().Model(m).UpdateColumns(values).Error
}

// Update updates a column value in the database.
//
// Upstream: internal/entity/file_share.go:53.
func (m *FileShare) Update(attr string, value interface{}) error {
	return UnscopedDb().Model(m).UpdateColumn(attr, value).Error
}

// Save updates the record in the database or inserts a new record if it does not already exist.
//
// Upstream: internal/entity/file_share.go:58.
func (m *FileShare) Save() error {
	return Db().Save(m).Error
}

// Create inserts a new row to the database.
//
// Upstream: internal/entity/file_share.go:63.
func (m *FileShare) Create() error {
	return Db().Create(m).Error
}

// FirstOrCreateFileShare returns the existing row, inserts a new row or nil in case of errors.
//
// Upstream: internal/entity/file_share.go:68.
func FirstOrCreateFileShare(m *FileShare) *FileShare {
	result := FileShare{}

	if err := Db().Where("file_id = ? AND service_id = ? AND remote_name = ?", m.FileID, m.ServiceID, m.RemoteName).First(&result).Error; err == nil { // race
		return &result
	} else if err := m.Create(); err != nil {
		log.Errorf("file-share: %s", err)
		return nil
	}

	return m
}
