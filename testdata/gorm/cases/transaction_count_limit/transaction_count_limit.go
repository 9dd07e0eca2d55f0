// Issue 17 (replayed on PostgreSQL only: in a transaction of its own,
// MariaDB and SQLite keep the snapshot of the first lookup, see README,
// Dialects): a lookup inside a transaction whose found path updates and
// returns, then a count of other rows (a limit check) before the create
// (3x-ui's device gate): the count matches other columns, so it does not
// re-check the lookup's key; reported.
package transaction_count_limit

import (
	"errors"

	"gorm.io/gorm"
)

type Device struct {
	ID       uint
	SubID    string `gorm:"uniqueIndex:idx_sub_hwid"`
	HwidHash string `gorm:"uniqueIndex:idx_sub_hwid"`
	LastSeen int64
}

func Register(db *gorm.DB, subID string) (bool, error) {
	allowed := false
	err := db.Transaction(func(tx *gorm.DB) error {
		var existing Device
		err := tx.Where("sub_id = ? AND hwid_hash = ?", subID, "h").First(&existing).Error
		if err == nil {
			allowed = true
			return tx.Model(&Device{}).Where("id = ?", existing.ID).Update("last_seen", 1).Error
		}
		if !errors.Is(err, gorm.ErrRecordNotFound) {
			return err
		}
		var count int64
		if err := tx.Model(&Device{}).Where("sub_id = ?", subID).Count(&count).Error; err != nil {
			return err
		}
		if count >= 3 {
			return nil
		}
		if err := tx.Create(&Device{SubID: subID, HwidHash: "h"}).Error; err != nil {
			return err
		}
		allowed = true
		return nil
	})
	return allowed, err
}
