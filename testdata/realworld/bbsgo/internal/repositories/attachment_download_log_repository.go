// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// AttachmentDownloadLogRepository is internal/repositories/attachment_download_log_repository.go:11.
var AttachmentDownloadLogRepository = newAttachmentDownloadLogRepository()

// newAttachmentDownloadLogRepository is internal/repositories/attachment_download_log_repository.go:13.
func newAttachmentDownloadLogRepository() *attachmentDownloadLogRepository {
	return &attachmentDownloadLogRepository{}
}

// attachmentDownloadLogRepository is internal/repositories/attachment_download_log_repository.go:17.
type attachmentDownloadLogRepository struct{}

// Exists is internal/repositories/attachment_download_log_repository.go:35.
func (r *attachmentDownloadLogRepository) Exists(db *gorm.DB, userId int64, attachmentId string) bool {
	var count int64
	db.Model(&models.AttachmentDownloadLog{}).Where("user_id = ? AND attachment_id = ?", userId, attachmentId).Count(&count)
	return count > 0
}

// Create is internal/repositories/attachment_download_log_repository.go:58.
func (r *attachmentDownloadLogRepository) Create(db *gorm.DB, t *models.AttachmentDownloadLog) error {
	return db.Create(t).Error
}
