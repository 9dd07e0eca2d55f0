// Package transaction reproduces internal/transaction (context.go,
// transaction.go, gorm.go).
package transaction

import (
	"context"

	"gorm.io/gorm"
)

type contextKey string

// TxKey is internal/transaction/transaction.go:12.
const TxKey contextKey = "tx"

// Transactor is internal/transaction/transaction.go:15.
type Transactor interface {
	Run(ctx context.Context, fn func(ctx context.Context) error) error
}

// TxFromContext is internal/transaction/context.go:12.
func TxFromContext(ctx context.Context) (*gorm.DB, bool) {
	if ctx == nil {
		return nil, false
	}

	tx, ok := ctx.Value(TxKey).(*gorm.DB)
	return tx, ok
}

// GormTransactor is internal/transaction/gorm.go:13.
type GormTransactor struct {
	dbProvider func() *gorm.DB
}

// NewGormTransactor is internal/transaction/gorm.go:17.
func NewGormTransactor(dbProvider func() *gorm.DB) *GormTransactor {
	return &GormTransactor{
		dbProvider: dbProvider,
	}
}

// Run is internal/transaction/gorm.go:32. On the SQLite DSN of
// internal/database/database.go:87 (_txlock=immediate) every GORM
// transaction begins with BEGIN IMMEDIATE and holds the database write lock
// from its first statement to commit.
func (tx *GormTransactor) Run(ctx context.Context, fn func(ctx context.Context) error) error {
	if ctx == nil {
		ctx = context.Background()
	}

	return tx.dbProvider().Transaction(func(gormTx *gorm.DB) error {
		txCtx := context.WithValue(ctx, TxKey, gormTx)
		return fn(txCtx)
	})
}
