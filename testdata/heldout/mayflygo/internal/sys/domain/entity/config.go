package entity

import "example.com/heldout/mayflygo/pkg/model"

// Config reproduces server/internal/sys/domain/entity/config.go:15 (t_sys_config;
// `key` has no unique tag; mayfly-go.sql:645-661 only PRIMARY KEY (`id`)).
type Config struct {
	model.Model
	Name       string `json:"name" gorm:"size:60;not null;"` // 配置名
	Key        string `json:"key" gorm:"size:60;not null;"`  // 配置key
	Params     string `json:"params" gorm:"size:1500"`
	Value      string `json:"value" gorm:"size:1500"`
	Remark     string `json:"remark" gorm:"size:255"`
	Permission string `json:"permission" gorm:"size:255;comment:操作权限"` // 可操作该配置的权限
}

func (a *Config) TableName() string {
	return "t_sys_config"
}
