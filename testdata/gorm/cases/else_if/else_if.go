package elseif

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Wallet struct {
	ID      uint
	OwnerID uint `gorm:"uniqueIndex"`
	Balance int64
}

func WalletFor(db *gorm.DB, owner uint) (*Wallet, error) {
	var w Wallet
	err := db.Where("owner_id = ?", owner).First(&w).Error
	if err == nil {
		return &w, nil
	} else if errors.Is(err, gorm.ErrRecordNotFound) {
		w = Wallet{OwnerID: owner}
		err = db.Create(&w).Error
		if err != nil {
			return nil, err
		}
		return &w, nil
	} else {
		return nil, err
	}
}
