// Package repository reproduces internal/repository/embedding/embedding.go
// (metadata part; the sqlite-vec vector table is left out).
package repository

import (
	"context"
	"errors"

	model "example.com/heldout/ech0/internal/model/embedding"
	"example.com/heldout/ech0/internal/transaction"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// EmbeddingRepository is internal/repository/embedding/embedding.go.
type EmbeddingRepository struct {
	db func() *gorm.DB
}

// NewEmbeddingRepository builds the repository.
func NewEmbeddingRepository(dbProvider func() *gorm.DB) *EmbeddingRepository {
	return &EmbeddingRepository{db: dbProvider}
}

func (r *EmbeddingRepository) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := transaction.TxFromContext(ctx); ok {
		return tx
	}
	return r.db()
}

// Upsert is internal/repository/embedding/embedding.go:67 (metadata upsert;
// the vec0 DELETE + INSERT that follows is dropped).
func (r *EmbeddingRepository) Upsert(ctx context.Context, meta *model.EchoEmbedding, vector []float32) error {
	db := r.getDB(ctx)

	if err := db.Clauses(clause.OnConflict{
		Columns:   []clause.Column{{Name: "echo_id"}},
		UpdateAll: true,
	}).Create(meta).Error; err != nil {
		return err
	}
	_ = vector
	return nil
}

// GetMeta is internal/repository/embedding/embedding.go:101.
func (r *EmbeddingRepository) GetMeta(ctx context.Context, echoID string) (*model.EchoEmbedding, bool, error) {
	var m model.EchoEmbedding
	err := r.getDB(ctx).Where("echo_id = ?", echoID).First(&m).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	return &m, true, nil
}
