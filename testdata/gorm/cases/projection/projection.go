// Package projection looks up into a projection struct: the table is the
// chain's Model(&Customer{}), so the create of a Customer is the same model.
package projection

import (
	"errors"

	"gorm.io/gorm"
)

type Customer struct {
	ID    uint
	Email string `gorm:"uniqueIndex"`
	Name  string
}

type customerRow struct {
	ID   uint
	Name string
}

func CustomerID(db *gorm.DB, email string) (uint, error) {
	var row customerRow
	err := db.Model(&Customer{}).Where("email = ?", email).First(&row).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		c := Customer{Email: email}
		if err := db.Create(&c).Error; err != nil {
			return 0, err
		}
		return c.ID, nil
	}
	return row.ID, err
}
