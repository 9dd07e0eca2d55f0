// Class 2: FirstOrCreate with Assign updates a found row; the loser of
// the race runs FirstOrCreate again and applies its Assign.
package first_or_create_assign

import (
	"time"

	"gorm.io/gorm"
)

type Device struct {
	ID       uint
	Serial   string `gorm:"uniqueIndex"`
	LastSeen time.Time
}

func Seen(db *gorm.DB, serial string, at time.Time) (*Device, error) {
	var d Device
	err := db.Where(Device{Serial: serial}).Assign(Device{LastSeen: at}).FirstOrCreate(&d).Error
	return &d, err
}
