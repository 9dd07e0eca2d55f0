// Package repository reproduces internal/repository/connect/connect.go.
package repository

import (
	"context"

	model "example.com/heldout/ech0/internal/model/connect"
	"example.com/heldout/ech0/internal/transaction"
	"gorm.io/gorm"
)

// ConnectRepository is internal/repository/connect/connect.go:17.
type ConnectRepository struct {
	db func() *gorm.DB
}

// NewConnectRepository is internal/repository/connect/connect.go:21.
func NewConnectRepository(dbProvider func() *gorm.DB) *ConnectRepository {
	return &ConnectRepository{db: dbProvider}
}

// getDB is internal/repository/connect/connect.go:28.
func (connectRepository *ConnectRepository) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := transaction.TxFromContext(ctx); ok {
		return tx
	}
	return connectRepository.db()
}

// GetAllConnects is internal/repository/connect/connect.go:36.
func (connectRepository *ConnectRepository) GetAllConnects(ctx context.Context) ([]model.Connected, error) {
	var connects []model.Connected
	if err := connectRepository.getDB(ctx).Find(&connects).Error; err != nil {
		return nil, err
	}
	if len(connects) == 0 {
		return []model.Connected{}, nil
	}
	return connects, nil
}

// CreateConnect is internal/repository/connect/connect.go:51.
func (connectRepository *ConnectRepository) CreateConnect(
	ctx context.Context,
	connect *model.Connected,
) error {
	if err := connectRepository.getDB(ctx).Create(connect).Error; err != nil {
		return err
	}
	return nil
}
