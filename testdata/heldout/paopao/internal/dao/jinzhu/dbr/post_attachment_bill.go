package dbr

import (
	"gorm.io/gorm"
)

// PostAttachmentBill reproduces internal/dao/jinzhu/dbr/post_attachment_bill.go:9.
type PostAttachmentBill struct {
	*Model
	PostID     int64 `json:"post_id"`
	UserID     int64 `json:"user_id"`
	PaidAmount int64 `json:"paid_amount"`
}

// Get reproduces internal/dao/jinzhu/dbr/post_attachment_bill.go:16.
func (p *PostAttachmentBill) Get(db *gorm.DB) (*PostAttachmentBill, error) {
	var pas PostAttachmentBill
	if p.Model != nil && p.ID > 0 {
		db = db.Where("id = ? AND is_del = ?", p.ID, 0)
	}
	if p.PostID > 0 {
		db = db.Where("post_id = ?", p.PostID)
	}
	if p.UserID > 0 {
		db = db.Where("user_id = ?", p.UserID)
	}

	err := db.First(&pas).Error
	if err != nil {
		return &pas, err
	}

	return &pas, nil
}

// Create reproduces internal/dao/jinzhu/dbr/post_attachment_bill.go:36.
func (p *PostAttachmentBill) Create(db *gorm.DB) (*PostAttachmentBill, error) {
	err := db.Create(&p).Error

	return p, err
}
