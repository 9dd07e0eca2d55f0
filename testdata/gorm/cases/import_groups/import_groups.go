// Package importgroups keeps its three import groups when the fix adds
// gorm.io/gorm/clause: the new import goes beside gorm.io/gorm.
package importgroups

import (
	"errors"
	"log"

	"gorm.io/gorm"

	"example.com/gormcases/cases/repository/repo"
)

type Cart struct {
	ID     uint
	UserID uint `gorm:"not null;uniqueIndex"`
}

// CartFor answers 201 when it created the cart and 200 when it found it.
func CartFor(db *gorm.DB, uid uint) (int, *Cart) {
	var cart Cart
	if err := db.Where("user_id = ?", uid).First(&cart).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			cart = Cart{UserID: uid}
			if err := db.Create(&cart).Error; err != nil {
				log.Printf("create cart: %v", err)
				return 500, nil
			}
			return 201, &cart
		}
		return 500, nil
	}
	return 200, &cart
}

var _ repo.User
