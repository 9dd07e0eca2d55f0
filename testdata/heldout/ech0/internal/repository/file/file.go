// Package repository reproduces internal/repository/file/file.go.
package repository

import (
	"context"

	model "example.com/heldout/ech0/internal/model/file"
	"example.com/heldout/ech0/internal/transaction"
	"gorm.io/gorm"
)

// FileRepository is internal/repository/file/file.go:16.
type FileRepository struct {
	db func() *gorm.DB
}

// NewFileRepository is internal/repository/file/file.go:22.
func NewFileRepository(dbProvider func() *gorm.DB) *FileRepository {
	return &FileRepository{db: dbProvider}
}

// getDB is internal/repository/file/file.go:26.
func (r *FileRepository) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := transaction.TxFromContext(ctx); ok {
		return tx
	}
	return r.db()
}

// Create is internal/repository/file/file.go:33.
func (r *FileRepository) Create(ctx context.Context, file *model.File) error {
	return r.getDB(ctx).Create(file).Error
}

// GetByRoute is internal/repository/file/file.go:53.
func (r *FileRepository) GetByRoute(
	ctx context.Context,
	storageType, provider, bucket, key string,
) (*model.File, error) {
	var f model.File
	if err := r.getDB(ctx).
		Where("storage_type = ? AND provider = ? AND bucket = ? AND key = ?",
			storageType, provider, bucket, key).
		First(&f).Error; err != nil {
		return nil, err
	}
	return &f, nil
}

// Delete is internal/repository/file/file.go:154.
func (r *FileRepository) Delete(ctx context.Context, id string) error {
	return r.getDB(ctx).Where("id = ?", id).Delete(&model.File{}).Error
}

// CreateTemp is internal/repository/file/file.go:168.
func (r *FileRepository) CreateTemp(ctx context.Context, temp *model.TempFile) error {
	return r.getDB(ctx).Create(temp).Error
}
