// The record is the caller's and a hook sets its ID before the insert,
// which may fail: the fix copies the record before the lookup and copies
// it back before going back, so the loser's record is as the serial run
// leaves it (the lookup, keyed by the record's own Code, fills it).
package hook_dest_param

import (
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

type Ticket struct {
	ID   string `gorm:"primaryKey"`
	Code string `gorm:"uniqueIndex"`
}

func (t *Ticket) BeforeCreate(tx *gorm.DB) error {
	t.ID = fmt.Sprintf("t-%d", time.Now().UnixNano())
	return nil
}

func Ensure(db *gorm.DB, t *Ticket) error {
	err := db.Where("code = ?", t.Code).First(t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		err = db.Create(t).Error
	}
	return err
}
