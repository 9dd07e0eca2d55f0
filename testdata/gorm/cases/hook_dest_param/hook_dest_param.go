// Class 3, report-only: the record is the caller's, so upsertfix cannot
// see it carry the key (and a hook may set its fields before a failed
// insert).
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
