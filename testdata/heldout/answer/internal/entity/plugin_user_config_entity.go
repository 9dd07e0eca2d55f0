// Copied from internal/entity/plugin_user_config_entity.go (apache/incubator-answer f7731bc), xorm tags unchanged.

package entity

// PluginUserConfig plugin config
type PluginUserConfig struct {
	ID             int    `xorm:"not null pk autoincr INT(11) id"`
	UserID         string `xorm:"not null default 0 BIGINT(20) UNIQUE(uk_up) user_id"`
	PluginSlugName string `xorm:"VARCHAR(128) UNIQUE(uk_up) plugin_slug_name"`
	Value          string `xorm:"TEXT value"`
}

// TableName config table name
func (PluginUserConfig) TableName() string {
	return "plugin_user_config"
}
