package pkzero

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Channel struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

func ChannelFor(db *gorm.DB, name string) (Channel, error) {
	var ch Channel
	db.Where("name = ?", name).First(&ch)
	if ch.ID == 0 {
		ch = Channel{Name: name}
		if err := db.Create(&ch).Error; err != nil {
			return Channel{}, err
		}
	}
	return ch, nil
}
