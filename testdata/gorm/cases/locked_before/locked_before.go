// Not reported: a lock taken before the lookup in the same transaction
// serializes the callers (an advisory lock, a parent row FOR UPDATE, or
// SERIALIZABLE isolation).
package locked_before

import (
	"database/sql"
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

type Org struct {
	ID   uint
	Name string
}

type Settings struct {
	ID    uint
	OrgID uint `gorm:"uniqueIndex"`
}

func WithAdvisoryLock(db *gorm.DB, org uint) error {
	return db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Exec("SELECT pg_advisory_xact_lock(?)", org).Error; err != nil {
			return err
		}
		var s Settings
		err := tx.Where("org_id = ?", org).First(&s).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return tx.Create(&Settings{OrgID: org}).Error
		}
		return err
	})
}

func WithParentLock(db *gorm.DB, org uint) error {
	return db.Transaction(func(tx *gorm.DB) error {
		var o Org
		if err := tx.Clauses(clause.Locking{Strength: "UPDATE"}).First(&o, org).Error; err != nil {
			return err
		}
		var s Settings
		err := tx.Where("org_id = ?", org).First(&s).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return tx.Create(&Settings{OrgID: org}).Error
		}
		return err
	})
}

func Serializable(db *gorm.DB, org uint) error {
	return db.Transaction(func(tx *gorm.DB) error {
		var s Settings
		err := tx.Where("org_id = ?", org).First(&s).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return tx.Create(&Settings{OrgID: org}).Error
		}
		return err
	}, &sql.TxOptions{Isolation: sql.LevelSerializable})
}
