// Package storage reproduces pocket-id/pocket-id d258d952b157 backend/internal/storage.
package storage

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"

	"example.com/realworld/pocketid/backend/internal/model"
	datatype "example.com/realworld/pocketid/backend/internal/model/types"
)

var _ FileStorage = (*databaseStorage)(nil)

// databaseStorage is backend/internal/storage/database.go.
type databaseStorage struct {
	db *gorm.DB
}

// NewDatabaseStorage is backend/internal/storage/database.go.
func NewDatabaseStorage(db *gorm.DB) FileStorage {
	return &databaseStorage{db: db}
}

// Close is backend/internal/storage/database.go:38.
func (s *databaseStorage) Close() error { return nil }

// Type is backend/internal/storage/database.go:34.
func (s *databaseStorage) Type() string { return "database" }

// Save is backend/internal/storage/database.go:42.
func (s *databaseStorage) Save(ctx context.Context, relativePath string, data io.Reader) error {
	// Normalize the path
	relativePath = filepath.ToSlash(filepath.Clean(relativePath))

	// Read all data into memory
	b, err := io.ReadAll(data)
	if err != nil {
		return fmt.Errorf("failed to read data: %w", err)
	}

	now := datatype.DateTime(time.Now())
	storage := model.Storage{
		Path:      relativePath,
		Data:      b,
		Size:      int64(len(b)),
		ModTime:   now,
		CreatedAt: now,
	}

	// Use upsert: insert or update on conflict
	result := s.db.
		WithContext(ctx).
		Clauses(clause.OnConflict{
			Columns:   []clause.Column{{Name: "path"}},
			DoUpdates: clause.AssignmentColumns([]string{"data", "size", "mod_time"}),
		}).
		Create(&storage)

	if result.Error != nil {
		return fmt.Errorf("failed to save file to database: %w", result.Error)
	}

	return nil
}

// Open is backend/internal/storage/database.go:77.
func (s *databaseStorage) Open(ctx context.Context, relativePath string) (io.ReadCloser, int64, error) {
	relativePath = filepath.ToSlash(filepath.Clean(relativePath))

	var storage model.Storage
	result := s.db.
		WithContext(ctx).
		Where("path = ?", relativePath).
		First(&storage)

	if result.Error != nil {
		if errors.Is(result.Error, gorm.ErrRecordNotFound) {
			return nil, 0, os.ErrNotExist
		}
		return nil, 0, fmt.Errorf("failed to read file from database: %w", result.Error)
	}

	reader := io.NopCloser(bytes.NewReader(storage.Data))
	return reader, storage.Size, nil
}

// Delete is backend/internal/storage/database.go:97.
func (s *databaseStorage) Delete(ctx context.Context, relativePath string) error {
	relativePath = filepath.ToSlash(filepath.Clean(relativePath))

	result := s.db.
		WithContext(ctx).
		Where("path = ?", relativePath).
		Delete(&model.Storage{})
	if result.Error != nil {
		return fmt.Errorf("failed to delete file from database: %w", result.Error)
	}

	return nil
}
