package models

import (
	"example.com/heldout/nightingale/pkg/ctx"
)

// SsoConfig reproduces models/sso_config.go:9 (table sso_config,
// docker/initsql/a-n9e.sql:692-699: PRIMARY KEY (id), UNIQUE KEY (name);
// a-n9e-for-Postgres.sql:780 UNIQUE (name)).
type SsoConfig struct {
	Id          int64       `json:"id"`
	Name        string      `json:"name"`
	Content     string      `json:"content"`
	SettingJson interface{} `json:"setting"  gorm:"-"`
	UpdateAt    int64       `json:"update_at"`
}

func (b *SsoConfig) TableName() string {
	return "sso_config"
}

// get all sso_config
func SsoConfigGets(c *ctx.Context) ([]SsoConfig, error) {
	var lst []SsoConfig
	err := DB(c).Find(&lst).Error
	return lst, err
}

// 创建 builtin_cate
func (b *SsoConfig) Create(c *ctx.Context) error {
	return Insert(c, b)
}

// get sso_config count by name
func SsoConfigCountByName(c *ctx.Context, name string) (int64, error) {
	var count int64
	err := DB(c).Model(&SsoConfig{}).Where("name = ?", name).Count(&count).Error
	return count, err
}
