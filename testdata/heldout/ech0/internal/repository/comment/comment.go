// Package repository reproduces internal/repository/comment/comment.go.
package repository

import (
	"context"
	"strings"
	"time"

	model "example.com/heldout/ech0/internal/model/comment"
	"example.com/heldout/ech0/internal/transaction"
	"gorm.io/gorm"
)

// CommentRepository is internal/repository/comment/comment.go:19.
type CommentRepository struct {
	db func() *gorm.DB
}

// NewCommentRepository is internal/repository/comment/comment.go:23.
func NewCommentRepository(dbProvider func() *gorm.DB) *CommentRepository {
	return &CommentRepository{db: dbProvider}
}

// getDB is internal/repository/comment/comment.go:27.
func (r *CommentRepository) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := transaction.TxFromContext(ctx); ok {
		return tx
	}
	return r.db()
}

// CreateComment is internal/repository/comment/comment.go:34.
func (r *CommentRepository) CreateComment(ctx context.Context, c *model.Comment) error {
	return r.getDB(ctx).Create(c).Error
}

// ExistsRecentDuplicate is internal/repository/comment/comment.go:185.
func (r *CommentRepository) ExistsRecentDuplicate(
	ctx context.Context,
	echoID, content, email, ipHash, userID string,
	seconds int64,
) (bool, error) {
	since := time.Now().UTC().Unix() - seconds
	db := r.getDB(ctx).Model(&model.Comment{}).
		Where(
			"echo_id = ? AND content = ? AND created_at >= ?",
			strings.TrimSpace(echoID),
			strings.TrimSpace(content),
			since,
		)

	trimmedUserID := strings.TrimSpace(userID)
	if trimmedUserID != "" {
		db = db.Where("user_id = ?", trimmedUserID)
	} else {
		trimmedEmail := strings.TrimSpace(email)
		trimmedIPHash := strings.TrimSpace(ipHash)
		if trimmedEmail != "" {
			db = db.Where("email = ?", trimmedEmail)
		} else if trimmedIPHash != "" {
			db = db.Where("ip_hash = ?", trimmedIPHash)
		}
	}

	var count int64
	if err := db.Count(&count).Error; err != nil {
		return false, err
	}
	return count > 0, nil
}
