// Issue 16, class 4: a BeforeCreate hook that writes through a
// package-level *gorm.DB, not the hook's tx, is outside the insert's
// savepoint: the loser's rolled-back insert would still leave its row.
package hook_global_db

import (
	"errors"

	"gorm.io/gorm"
)

var DB *gorm.DB

type Audit struct {
	ID   uint
	Line string
}

type Order struct {
	ID  uint
	Ref string `gorm:"uniqueIndex"`
}

func (o *Order) BeforeCreate(tx *gorm.DB) error {
	return DB.Create(&Audit{Line: "order " + o.Ref}).Error
}

type Stamped struct {
	ID   uint
	Code string `gorm:"uniqueIndex"`
}

// BeforeCreate writes through the hook's own tx: rolled back with the
// insert, so the site stays fixable.
func (s *Stamped) BeforeCreate(tx *gorm.DB) error {
	return tx.Create(&Audit{Line: "stamped " + s.Code}).Error
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

func StampedFor(db *gorm.DB, code string) (uint, error) {
	var s Stamped
	err := db.Where("code = ?", code).First(&s).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		s = Stamped{Code: code}
		err = db.Create(&s).Error
	}
	return s.ID, err
}
