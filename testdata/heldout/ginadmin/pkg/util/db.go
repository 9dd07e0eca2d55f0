// Package util reproduces the query and transaction helpers of gin-admin's
// pkg/util (db.go, context.go, schema.go, id.go, gin.go).
package util

import (
	"context"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Trans reproduces pkg/util/db.go:10.
type Trans struct {
	DB *gorm.DB
}

// TransFunc reproduces pkg/util/db.go:14.
type TransFunc func(context.Context) error

// Exec reproduces pkg/util/db.go:16: a nested call reuses the transaction in
// the context; otherwise gorm's DB.Transaction (default isolation level).
func (a *Trans) Exec(ctx context.Context, fn TransFunc) error {
	if _, ok := FromTrans(ctx); ok {
		return fn(ctx)
	}

	return a.DB.Transaction(func(db *gorm.DB) error {
		return fn(NewTrans(ctx, db))
	})
}

// GetDB reproduces pkg/util/db.go:26.
func GetDB(ctx context.Context, defDB *gorm.DB) *gorm.DB {
	db := defDB
	if tdb, ok := FromTrans(ctx); ok {
		db = tdb
	}
	if FromRowLock(ctx) {
		db = db.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	return db.WithContext(ctx)
}

// wrapQueryOptions reproduces pkg/util/db.go:37.
func wrapQueryOptions(db *gorm.DB, opts QueryOptions) *gorm.DB {
	if len(opts.SelectFields) > 0 {
		db = db.Select(opts.SelectFields)
	}
	if len(opts.OmitFields) > 0 {
		db = db.Omit(opts.OmitFields...)
	}
	if len(opts.OrderFields) > 0 {
		db = db.Order(opts.OrderFields.ToSQL())
	}
	return db
}

// FindOne reproduces pkg/util/db.go:103: (false, nil) when no row matches.
func FindOne(ctx context.Context, db *gorm.DB, opts QueryOptions, out interface{}) (bool, error) {
	db = db.WithContext(ctx)
	db = wrapQueryOptions(db, opts)
	result := db.First(out)
	if err := result.Error; err != nil {
		if err == gorm.ErrRecordNotFound {
			return false, nil
		}
		return false, err
	}
	return true, nil
}

// Exists reproduces pkg/util/db.go:116: a COUNT(*) > 0.
func Exists(ctx context.Context, db *gorm.DB) (bool, error) {
	db = db.WithContext(ctx)
	var count int64
	result := db.Count(&count)
	if err := result.Error; err != nil {
		return false, err
	}
	return count > 0, nil
}
