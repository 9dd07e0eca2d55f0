// Package models reproduces go-admin-team/go-admin 85666f160f29 app/admin/models.
package models

import (
	"example.com/realworld/goadminteam/common/models"
)

// SysConfig is app/admin/models/sys_config.go:7.
type SysConfig struct {
	models.Model
	ConfigName  string `json:"configName" gorm:"size:128;comment:ConfigName"`   //
	ConfigKey   string `json:"configKey" gorm:"size:128;comment:ConfigKey"`     //
	ConfigValue string `json:"configValue" gorm:"size:255;comment:ConfigValue"` //
	ConfigType  string `json:"configType" gorm:"size:64;comment:ConfigType"`
	IsFrontend  string `json:"isFrontend" gorm:"size:64;comment:是否前台"` //
	Remark      string `json:"remark" gorm:"size:128;comment:Remark"`  //
	models.ControlBy
	models.ModelTime
}

// TableName is app/admin/models/sys_config.go:19.
func (*SysConfig) TableName() string {
	return "sys_config"
}

// Generate is app/admin/models/sys_config.go:23.
func (e *SysConfig) Generate() models.ActiveRecord {
	o := *e
	return &o
}

// GetId is app/admin/models/sys_config.go:28.
func (e *SysConfig) GetId() interface{} {
	return e.Id
}
