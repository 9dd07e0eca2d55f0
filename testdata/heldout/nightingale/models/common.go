package models

import (
	"example.com/heldout/nightingale/pkg/ctx"

	"gorm.io/gorm"
)

// common.go reproduces models/common.go: the shared DB / Count / Exists /
// Insert helpers every model goes through.

const AdminRole = "Admin"

func DB(ctx *ctx.Context) *gorm.DB {
	return ctx.DB
}

func Count(tx *gorm.DB) (int64, error) {
	var cnt int64
	err := tx.Count(&cnt).Error
	return cnt, err
}

func Exists(tx *gorm.DB) (bool, error) {
	num, err := Count(tx)
	return num > 0, err
}

func Insert(ctx *ctx.Context, obj interface{}) error {
	return DB(ctx).Create(obj).Error
}
