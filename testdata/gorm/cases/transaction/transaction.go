package transaction

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Stock struct {
	ID  uint
	SKU string `gorm:"uniqueIndex"`
	Qty int
}

func Reserve(db *gorm.DB, sku string) error {
	return db.Transaction(func(tx *gorm.DB) error {
		var s Stock
		err := tx.Where("sku = ?", sku).First(&s).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			s = Stock{SKU: sku}
			if err := tx.Create(&s).Error; err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		return tx.Model(&s).Update("qty", gorm.Expr("qty + 1")).Error
	})
}
