// Copied verbatim from backend/models/user.go (diggerhq/digger 9b9539be7bb7cea946f0f3e20cdffc4b59324f0f).
package models

import "gorm.io/gorm"

type User struct {
	gorm.Model
	Email          string `gorm:"uniqueIndex"`
	ExternalSource string `gorm:"uniqueIndex:idx_user_external_source"`
	ExternalId     string `gorm:"uniqueIndex:idx_user_external_source"`
	// the default org currently in use by this user
	OrganisationId *uint
	Organisation   Organisation
	Username       string `gorm:"uniqueIndex:idx_user"`
}
