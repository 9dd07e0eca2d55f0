// Package db reproduces langgenius/dify-plugin-daemon bdb5642a
// internal/db/executor.go: a generic query layer over GORM.
package db

import (
	"fmt"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

var (
	DifyPluginDB        *gorm.DB
	ErrDatabaseNotFound = gorm.ErrRecordNotFound
)

func Create(data any, ctx ...*gorm.DB) error {
	if len(ctx) > 0 {
		return ctx[0].Create(data).Error
	}
	return DifyPluginDB.Create(data).Error
}

type GenericQuery func(tx *gorm.DB) *gorm.DB

func Equal[T string | int](field string, value T) GenericQuery {
	return func(tx *gorm.DB) *gorm.DB {
		return tx.Where(fmt.Sprintf("%s = ?", field), value)
	}
}

// WithTransaction is internal/db/transaction.go.
func WithTransaction(fn func(tx *gorm.DB) error) error { return DifyPluginDB.Transaction(fn) }

// WithTransactionContext runs the query in tx.
func WithTransactionContext(tx *gorm.DB) GenericQuery {
	return func(*gorm.DB) *gorm.DB { return tx }
}

// WLock is executor.go:197: SELECT ... FOR UPDATE.
func WLock() GenericQuery {
	return func(tx *gorm.DB) *gorm.DB { return tx.Clauses(clause.Locking{Strength: "UPDATE"}) }
}

func GetOne[T any](query ...GenericQuery) (T, error) {
	var data T
	tmp := DifyPluginDB
	for _, q := range query {
		tmp = q(tmp)
	}
	err := tmp.First(&data).Error
	return data, err
}
