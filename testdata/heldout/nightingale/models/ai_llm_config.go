package models

import (
	"fmt"
	"time"

	"example.com/heldout/nightingale/pkg/ctx"
	"gorm.io/gorm"
)

// AILLMConfig reproduces models/ai_llm_config.go:27 (ExtraConfig trimmed) (table
// ai_llm_config, docker/migratesql/migrate.sql:380-397: PRIMARY KEY (id),
// KEY idx_name (name); no unique index; AutoMigrate of these tags adds none).
type AILLMConfig struct {
	Id          int64  `json:"id" gorm:"primaryKey;autoIncrement"`
	Name        string `json:"name" gorm:"type:varchar(255);not null;default:''"`
	Description string `json:"description" gorm:"type:text"`
	APIType     string `json:"api_type" gorm:"type:varchar(64);not null;default:''"`
	APIURL      string `json:"api_url" gorm:"type:varchar(1024);not null;default:''"`
	APIKey      string `json:"api_key" gorm:"type:varchar(1024);not null;default:''"`
	Model       string `json:"model" gorm:"type:varchar(255);not null;default:''"`
	Enabled     bool   `json:"enabled" gorm:"type:boolean;not null;default:false"`
	IsDefault   bool   `json:"is_default" gorm:"column:is_default;type:boolean;not null;default:false"`
	CreatedAt   int64  `json:"created_at" gorm:"type:bigint;not null;default:0"`
	CreatedBy   string `json:"created_by" gorm:"type:varchar(64);not null;default:''"`
	UpdatedAt   int64  `json:"updated_at" gorm:"type:bigint;not null;default:0"`
	UpdatedBy   string `json:"updated_by" gorm:"type:varchar(64);not null;default:''"`
}

func (a *AILLMConfig) TableName() string {
	return "ai_llm_config"
}

// Create reproduces models/ai_llm_config.go:153 (lookup :162 inside
// DB(c).Transaction, insert :180). Callers: aiLLMConfigAdd
// (router_ai_llm_config.go:51, POST /api/n9e/ai-llm-configs) and :83.
func (a *AILLMConfig) Create(c *ctx.Context, username string) error {
	now := time.Now().Unix()
	a.CreatedAt = now
	a.UpdatedAt = now
	a.CreatedBy = username
	a.UpdatedBy = username

	// the transaction runs at the default isolation level (REPEATABLE READ on
	// MySQL, READ COMMITTED on Postgres) and the COUNT takes no lock, so two
	// concurrent creates both count 0 and both insert.
	return DB(c).Transaction(func(tx *gorm.DB) error {
		var count int64
		if err := tx.Model(&AILLMConfig{}).Where("name = ?", a.Name).Count(&count).Error; err != nil { // race; no unique key: ai_llm_config has only KEY idx_name (name) (migratesql/migrate.sql:380-397)
			return err
		}
		if count > 0 {
			return fmt.Errorf("ai llm config name %s already exists", a.Name)
		}
		var total int64
		if err := tx.Model(&AILLMConfig{}).Count(&total).Error; err != nil {
			return err
		}
		if total == 0 {
			a.IsDefault = true
		}
		if a.IsDefault {
			if err := tx.Model(&AILLMConfig{}).Where("is_default = ?", true).Update("is_default", false).Error; err != nil {
				return err
			}
		}
		return tx.Create(a).Error
	})
}
