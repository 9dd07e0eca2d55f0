package firstorinitguarded

import (
	"errors"

	"gorm.io/gorm"
)

var _ = errors.Is

type Plan struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
	Tier int
}

// PlanFor initialises a plan in memory, and creates it only when it is new.
func PlanFor(db *gorm.DB, name string) (*Plan, error) {
	var p Plan
	if err := db.Where(Plan{Name: name}).Attrs(Plan{Tier: 1}).FirstOrInit(&p).Error; err != nil {
		return nil, err
	}
	if p.ID == 0 {
		if err := db.Create(&p).Error; err != nil {
			return nil, err
		}
	}
	return &p, nil
}

// Unguarded creates even when the row was found.
func Unguarded(db *gorm.DB, name string) error {
	var p Plan
	db.Where(Plan{Name: name}).FirstOrInit(&p)
	return db.Create(&p).Error
}
