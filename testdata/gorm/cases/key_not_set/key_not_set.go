// Package keynotset looks up by a unique key but creates a record that
// does not carry it: an insert-on-conflict on that key could never
// conflict, so no fix is offered.
package keynotset

import (
	"errors"

	"gorm.io/gorm"
)

type Ticket struct {
	ID    uint
	Code  string `gorm:"uniqueIndex"`
	Title string
}

// ByID creates a fresh row (a new auto-increment id) when the id is unknown.
func ByID(db *gorm.DB, id uint, title string) (*Ticket, error) {
	var t Ticket
	err := db.First(&t, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t = Ticket{Title: title}
		err = db.Create(&t).Error
	}
	return &t, err
}

// ByCode sets the key through a field assignment: fixable.
func ByCode(db *gorm.DB, code string) (*Ticket, error) {
	var t Ticket
	err := db.Where("code = ?", code).First(&t).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		t.Code = code
		err = db.Create(&t).Error
	}
	return &t, err
}
