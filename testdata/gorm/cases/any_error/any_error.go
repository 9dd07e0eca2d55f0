package anyerror

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

var _ = context.Background
var _ = errors.Is

type Device struct {
	ID     uint
	Serial string `gorm:"uniqueIndex"`
}

func DeviceFor(db *gorm.DB, serial string) *Device {
	d := Device{Serial: serial}
	if err := db.Where("serial = ?", serial).First(&d).Error; err != nil {
		db.Create(&d)
	}
	return &d
}
