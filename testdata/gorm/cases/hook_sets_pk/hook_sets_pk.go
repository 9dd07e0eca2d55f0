// Classes 3 and 5: a BeforeCreate hook sets the primary key. It only sets
// fields, so it may run again; the retry starts from a fresh t.
package hook_sets_pk

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

func TicketFor(db *gorm.DB, code string) (*Ticket, error) {
	var t Ticket
	err := db.Where("code = ?", code).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t = Ticket{Code: code}
		err = db.Create(&t).Error
	}
	return &t, err
}
