// Issue 17: a uniqueness check that answers with an error when the row
// exists (nginx-ui's ensureDomainUnique), then the create in its caller.
// The check's error is nil exactly when no row matched.
package uniqueness_guard

import (
	"errors"

	"gorm.io/gorm"
)

type Domain struct {
	ID     uint   `gorm:"primaryKey"`
	Name   string `gorm:"uniqueIndex"`
	Active bool
}

// ErrDuplicate is the check's answer when the domain exists.
var ErrDuplicate = errors.New("domain exists")

// ensureUnique fails when a domain has the name.
func ensureUnique(db *gorm.DB, name string) error {
	var n int64
	if err := db.Model(&Domain{}).Where("name = ?", name).Count(&n).Error; err != nil {
		return err
	}
	if n > 0 {
		return ErrDuplicate
	}
	return nil
}

// Create adds the domain after the check.
func Create(db *gorm.DB, name string) (*Domain, error) {
	if err := ensureUnique(db, name); err != nil {
		return nil, err
	}
	d := &Domain{Name: name, Active: true}
	if err := db.Create(d).Error; err != nil {
		return nil, err
	}
	return d, nil
}
