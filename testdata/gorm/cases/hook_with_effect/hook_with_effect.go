// Class 5, report-only: a BeforeCreate hook with an effect outside the
// insert would also run for the caller that loses the race.
package hook_with_effect

import (
	"errors"

	"gorm.io/gorm"
)

type Order struct {
	ID  uint
	Ref string `gorm:"uniqueIndex"`
}

var events []string

func publish(e string) { events = append(events, e) }

func (o *Order) BeforeCreate(tx *gorm.DB) error {
	publish("order " + o.Ref)
	return nil
}

func OrderFor(db *gorm.DB, ref string) (*Order, error) {
	var o Order
	err := db.Where("ref = ?", ref).First(&o).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		o = Order{Ref: ref}
		err = db.Create(&o).Error
	}
	return &o, err
}
