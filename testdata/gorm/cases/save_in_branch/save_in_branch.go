package saveinbranch

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Quota struct {
	ID     uint
	UserID uint `gorm:"uniqueIndex"`
	Limit  int
}

func QuotaFor(db *gorm.DB, uid uint) (*Quota, error) {
	var q Quota
	err := db.Where("user_id = ?", uid).First(&q).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		q = Quota{UserID: uid, Limit: 10}
		err = db.Save(&q).Error
	}
	return &q, err
}
