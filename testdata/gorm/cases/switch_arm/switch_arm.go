package switcharm

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Cart struct {
	ID        uint
	SessionID string `gorm:"uniqueIndex"`
}

func CartFor(db *gorm.DB, sid string) (*Cart, error) {
	var c Cart
	err := db.Where("session_id = ?", sid).First(&c).Error
	switch {
	case err == nil:
		return &c, nil
	case errors.Is(err, gorm.ErrRecordNotFound):
		c = Cart{SessionID: sid}
		if err := db.Create(&c).Error; err != nil {
			return nil, err
		}
		return &c, nil
	default:
		return nil, err
	}
}
