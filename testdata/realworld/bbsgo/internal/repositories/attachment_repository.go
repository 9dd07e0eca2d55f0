// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// AttachmentRepository is internal/repositories/attachment_repository.go:14.
var AttachmentRepository = newAttachmentRepository()

// newAttachmentRepository is internal/repositories/attachment_repository.go:16.
func newAttachmentRepository() *attachmentRepository {
	return &attachmentRepository{}
}

// attachmentRepository is internal/repositories/attachment_repository.go:20.
type attachmentRepository struct{}

// Get is internal/repositories/attachment_repository.go:22.
func (r *attachmentRepository) Get(db *gorm.DB, id string) *models.Attachment {
	ret := &models.Attachment{}
	if err := db.First(ret, "id = ?", id).Error; err != nil {
		return nil
	}
	return ret
}

// UpdateColumn is internal/repositories/attachment_repository.go:74.
func (r *attachmentRepository) UpdateColumn(db *gorm.DB, id string, name string, value interface{}) error {
	return db.Model(&models.Attachment{}).Where("id = ?", id).UpdateColumn(name, value).Error
}

// IncrDownloadCount is internal/repositories/attachment_repository.go:86.
func (r *attachmentRepository) IncrDownloadCount(db *gorm.DB, id string) error {
	return r.UpdateColumn(db, id, "download_count", gorm.Expr("download_count + 1"))
}
