package findrows

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Score struct {
	ID     uint
	Player string `gorm:"uniqueIndex"`
	Points int
}

func ScoreFor(db *gorm.DB, player string) (*Score, error) {
	var s Score
	res := db.Where("player = ?", player).Limit(1).Find(&s)
	if res.Error != nil {
		return nil, res.Error
	}
	if res.RowsAffected == 0 {
		s = Score{Player: player}
		if err := db.Create(&s).Error; err != nil {
			return nil, err
		}
	}
	return &s, nil
}
