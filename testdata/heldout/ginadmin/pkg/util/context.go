package util

import (
	"context"

	"gorm.io/gorm"
)

type (
	transCtx   struct{}
	rowLockCtx struct{}
)

// NewTrans reproduces pkg/util/context.go:32.
func NewTrans(ctx context.Context, db *gorm.DB) context.Context {
	return context.WithValue(ctx, transCtx{}, db)
}

// FromTrans reproduces pkg/util/context.go:36.
func FromTrans(ctx context.Context) (*gorm.DB, bool) {
	v := ctx.Value(transCtx{})
	if v != nil {
		return v.(*gorm.DB), true
	}
	return nil, false
}

// NewRowLock reproduces pkg/util/context.go:44 (no caller in the rbac module).
func NewRowLock(ctx context.Context) context.Context {
	return context.WithValue(ctx, rowLockCtx{}, true)
}

// FromRowLock reproduces pkg/util/context.go:48.
func FromRowLock(ctx context.Context) bool {
	v := ctx.Value(rowLockCtx{})
	return v != nil && v.(bool)
}
