// Package store is the repository of the guarded_forward case: a lookup
// that returns its package's not-found error, and a plain create.
package store

import (
	"errors"

	"gorm.io/gorm"
)

// ErrNotFound is the store's not-found error.
var ErrNotFound = errors.New("record not found")

type Member struct {
	ID    uint   `gorm:"primaryKey"`
	Ident string `gorm:"uniqueIndex"`
	Peers int
}

// Get returns ErrNotFound when no member has ident.
func Get(db *gorm.DB, ident string) (*Member, error) {
	var m Member
	err := db.Where("ident = ?", ident).First(&m).Error
	if err != nil && errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// Create inserts m.
func Create(db *gorm.DB, m *Member) error { return db.Create(m).Error }
