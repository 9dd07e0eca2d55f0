// Package keyvalue reproduces internal/repository/keyvalue/keyvalue.go (the
// read-through cache in front of GetKeyValue is dropped).
package keyvalue

import (
	"context"

	model "example.com/heldout/ech0/internal/model/common"
	"example.com/heldout/ech0/internal/transaction"
	"gorm.io/gorm"
)

// KeyValueRepository is internal/repository/keyvalue/keyvalue.go:17.
type KeyValueRepository struct {
	db func() *gorm.DB
}

// NewKeyValueRepository is internal/repository/keyvalue/keyvalue.go:22.
func NewKeyValueRepository(dbProvider func() *gorm.DB) *KeyValueRepository {
	return &KeyValueRepository{db: dbProvider}
}

// getDB is internal/repository/keyvalue/keyvalue.go:33.
func (keyvalueRepository *KeyValueRepository) getDB(ctx context.Context) *gorm.DB {
	if tx, ok := transaction.TxFromContext(ctx); ok {
		return tx
	}
	return keyvalueRepository.db()
}

// GetKeyValue is internal/repository/keyvalue/keyvalue.go:41.
func (keyvalueRepository *KeyValueRepository) GetKeyValue(ctx context.Context, key string) (string, error) {
	var kv model.KeyValue
	if err := keyvalueRepository.getDB(ctx).Where("key = ?", key).First(&kv).Error; err != nil {
		return "", err
	}
	return kv.Value, nil
}

// DeleteKeyValue is internal/repository/keyvalue/keyvalue.go:87.
func (keyvalueRepository *KeyValueRepository) DeleteKeyValue(
	ctx context.Context,
	key string,
) error {
	if err := keyvalueRepository.getDB(ctx).Where("key = ?", key).Delete(&model.KeyValue{}).Error; err != nil {
		return err
	}

	return nil
}

// AddOrUpdateKeyValue is internal/repository/keyvalue/keyvalue.go:120: an
// UPDATE whose zero RowsAffected is read as "no such key", then a plain INSERT.
func (keyvalueRepository *KeyValueRepository) AddOrUpdateKeyValue(
	ctx context.Context,
	key string,
	value string,
) error {
	result := keyvalueRepository.getDB(ctx). // race
							Model(&model.KeyValue{}).
							Where("key = ?", key).
							Update("value", value)
	if result.Error != nil {
		return result.Error
	}
	if result.RowsAffected == 0 {
		if err := keyvalueRepository.getDB(ctx).Create(&model.KeyValue{
			Key:   key,
			Value: value,
		}).Error; err != nil {
			return err
		}
	}

	return nil
}
