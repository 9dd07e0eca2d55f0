// Class 5: an AfterCreate hook writes an outbox row. A failed insert runs
// no AfterCreate hook, so the outbox gets one row per order.
package after_create_hook

import (
	"errors"

	"gorm.io/gorm"
)

type Order struct {
	ID  uint
	Ref string `gorm:"uniqueIndex"`
}

type Outbox struct {
	ID      uint
	Subject uint
}

func (o *Order) AfterCreate(tx *gorm.DB) error {
	return tx.Create(&Outbox{Subject: o.ID}).Error
}

func OrderFor(db *gorm.DB, ref string) (uint, error) {
	var o Order
	err := db.Where("ref = ?", ref).First(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		o = Order{Ref: ref}
		err = db.Create(&o).Error
	}
	return o.ID, err
}
