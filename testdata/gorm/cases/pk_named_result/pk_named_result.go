// Class 3, report-only: d is a named result, declared before the lookup,
// and the not-found path sets its primary key: a second lookup into d
// would filter by the loser's id.
package pk_named_result

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

func DeviceFor(db *gorm.DB, serial string) (d Device, err error) {
	err = db.Where("serial = ?", serial).First(&d).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		d = Device{ID: fmt.Sprintf("d-%d", time.Now().UnixNano()), Serial: serial}
		err = db.Create(&d).Error
	}
	return d, err
}
