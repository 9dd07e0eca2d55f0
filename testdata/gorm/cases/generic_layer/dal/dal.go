// Package dal is a generic data layer written once for every model.
package dal

import (
	"errors"
	"fmt"

	"gorm.io/gorm"
)

var DB *gorm.DB

// ErrNotFound is gorm's own error under another name.
var ErrNotFound = gorm.ErrRecordNotFound

// ErrGone is another error: not a not-found test.
var ErrGone = errors.New("gone")

type Query func(*gorm.DB) *gorm.DB

func Eq(col string, v any) Query {
	return func(tx *gorm.DB) *gorm.DB { return tx.Where(fmt.Sprintf("%s = ?", col), v) }
}

func GetOne[T any](qs ...Query) (T, error) {
	var data T
	tx := DB
	for _, q := range qs {
		tx = q(tx)
	}
	err := tx.First(&data).Error
	return data, err
}

func Create(data any, ctx ...*gorm.DB) error {
	if len(ctx) > 0 {
		return ctx[0].Create(data).Error
	}
	return DB.Create(data).Error
}
