// Copied verbatim from backend/models/cache.go (diggerhq/digger 9b9539be7bb7cea946f0f3e20cdffc4b59324f0f).
package models

import (
	"gorm.io/gorm"
)

// storing repo cache such as digger.yml configuration
type RepoCache struct {
	gorm.Model
	OrgId                    uint
	RepoFullName             string
	DiggerYmlStr             string
	DiggerConfig             []byte `gorm:"type:bytea"`
	TerragruntAtlantisConfig []byte `gorm:"type:bytea"`
}
