// Class 3: the primary key is set in Go. The retry starts again from the
// declaration of d, so the second lookup does not filter by the loser's id.
package pk_in_literal

import (
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

type Device struct {
	ID     string `gorm:"primaryKey"`
	Serial string `gorm:"uniqueIndex"`
}

func DeviceFor(db *gorm.DB, serial string) (string, error) {
	var d Device
	err := db.Where("serial = ?", serial).First(&d).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		d = Device{ID: fmt.Sprintf("d-%d", time.Now().UnixNano()), Serial: serial}
		err = db.Create(&d).Error
	}
	return d.ID, err
}
