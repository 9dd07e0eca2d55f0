// A quick check, then the same check again in a transaction under a
// lock: the second decides the create. A re-read on the found path does
// not.
package recheck_in_tx

import (
	"errors"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

var ErrExists = errors.New("exists")

type Org struct {
	ID   uint
	Name string `gorm:"uniqueIndex"`
}

type Member struct {
	ID    uint
	OrgID uint   `gorm:"uniqueIndex:idx_member"`
	Email string `gorm:"uniqueIndex:idx_member"`
}

// Join checks, then checks again with the organization's row locked: no
// finding (the second check is serialized by the lock).
func Join(db *gorm.DB, orgID uint, email string) error {
	var m Member
	if err := db.Where("org_id = ? AND email = ?", orgID, email).First(&m).Error; err == nil {
		return ErrExists
	}
	return db.Transaction(func(tx *gorm.DB) error {
		if err := tx.Clauses(clause.Locking{Strength: "UPDATE"}).First(&Org{}, orgID).Error; err != nil {
			return err
		}
		err := tx.Where("org_id = ? AND email = ?", orgID, email).First(&m).Error
		if err == nil {
			return ErrExists
		}
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return err
		}
		return tx.Create(&Member{OrgID: orgID, Email: email}).Error
	})
}

// Refresh re-reads on the found path only: the first lookup still decides
// the create, and is reported.
func Refresh(db *gorm.DB, name string) (*Org, error) {
	var o Org
	err := db.Where("name = ?", name).First(&o).Error
	if err == nil {
		if err := db.Where("name = ?", name).First(&o).Error; err != nil {
			return nil, err
		}
		return &o, nil
	}
	if !errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, err
	}
	o = Org{Name: name}
	return &o, db.Create(&o).Error
}

// lockOrg takes the organization's row lock for the transaction.
func lockOrg(tx *gorm.DB, orgID uint) error {
	return tx.Clauses(clause.Locking{Strength: "UPDATE"}).First(&Org{}, orgID).Error
}

// JoinLocked locks through a helper first: no finding.
func JoinLocked(db *gorm.DB, orgID uint, email string) error {
	return db.Transaction(func(tx *gorm.DB) error {
		if err := lockOrg(tx, orgID); err != nil {
			return err
		}
		var m Member
		err := tx.Where("org_id = ? AND email = ?", orgID, email).First(&m).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return tx.Create(&Member{OrgID: orgID, Email: email}).Error
		}
		return err
	})
}
