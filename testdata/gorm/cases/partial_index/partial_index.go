package partialindex

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Handle struct {
	ID        uint
	Name      string `gorm:"uniqueIndex:idx_live_name,where:deleted_at IS NULL"`
	DeletedAt gorm.DeletedAt
}

func HandleFor(db *gorm.DB, name string) (*Handle, error) {
	var h Handle
	err := db.Where("name = ?", name).First(&h).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		h = Handle{Name: name}
		err = db.Create(&h).Error
	}
	return &h, err
}
