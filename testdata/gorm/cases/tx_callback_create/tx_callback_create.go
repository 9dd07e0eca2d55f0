// Issue 18: the lookup outside a transaction whose callback does the
// create (gin-vue-admin's CreateAuthority). A failed insert ends the
// callback with its error and GORM rolls the whole transaction back, so
// the transaction is the insert's savepoint: the fix goes back around the
// whole call, and on the way back the callback returns the first error
// before doing anything. A callback that writes outside the database
// before the insert, or that goes on after a failed insert, is reported,
// not fixed.
package tx_callback_create

import (
	"errors"

	"gorm.io/gorm"
)

type Authority struct {
	AuthorityId string `gorm:"primaryKey"`
	Name        string
	Menus       int
}

type AuditLog struct {
	ID          uint `gorm:"primaryKey"`
	AuthorityId string
}

var created []string

// CreateAuthority inserts the authority and its audit row in one
// transaction.
func CreateAuthority(db *gorm.DB, id, name string) (authority Authority, err error) {
	auth := Authority{AuthorityId: id}
	if err = db.Where("authority_id = ?", id).First(&Authority{}).Error; !errors.Is(err, gorm.ErrRecordNotFound) {
		return auth, errors.New("authority exists")
	}
	e := db.Transaction(func(tx *gorm.DB) error {
		if err = tx.Create(&auth).Error; err != nil {
			return err
		}
		if err := tx.Create(&AuditLog{AuthorityId: id}).Error; err != nil {
			return err
		}
		return tx.Model(&auth).Update("name", name).Error
	})
	return auth, e
}

// CreateNoted writes a package variable before the insert: not fixed.
func CreateNoted(db *gorm.DB, id string) error {
	var found Authority
	err := db.Where("authority_id = ?", id).First(&found).Error
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	return db.Transaction(func(tx *gorm.DB) error {
		created = append(created, id)
		return tx.Create(&Authority{AuthorityId: id}).Error
	})
}

// CreateIgnoring goes on after a failed insert: not fixed.
func CreateIgnoring(db *gorm.DB, id string) error {
	var found Authority
	err := db.Where("authority_id = ?", id).First(&found).Error
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}
	return db.Transaction(func(tx *gorm.DB) error {
		tx.Create(&Authority{AuthorityId: id})
		return tx.Model(&Authority{}).Where("authority_id = ?", id).Update("menus", 1).Error
	})
}
