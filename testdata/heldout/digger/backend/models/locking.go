// Copied verbatim from backend/models/locking.go (diggerhq/digger 9b9539be7bb7cea946f0f3e20cdffc4b59324f0f).
package models

import "gorm.io/gorm"

type DiggerLock struct {
	gorm.Model
	Resource       string `gorm:"index:idx_digger_locked_resource"`
	LockId         int    `gorm:"index:idx_digger_lock_id"`
	Organisation   *Organisation
	OrganisationID uint `gorm:"index:idx_digger_lock_id"`
}
