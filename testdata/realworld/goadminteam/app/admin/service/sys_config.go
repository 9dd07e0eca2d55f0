// Package service reproduces go-admin-team/go-admin 85666f160f29 app/admin/service.
package service

import (
	"errors"

	"example.com/realworld/goadminteam/app/admin/models"
	"example.com/realworld/goadminteam/app/admin/service/dto"
	"example.com/realworld/goadminteam/third_party/goadmincore/sdk/service"
)

// SysConfig is app/admin/service/sys_config.go:13.
type SysConfig struct {
	service.Service
}

// Update is app/admin/service/sys_config.go:66.
func (e *SysConfig) Update(c *dto.SysConfigControl) error {
	var err error
	var model = models.SysConfig{}
	e.Orm.First(&model, c.GetId()) // safe: not a keyed check-then-act; Generate never copies a non-zero id, so a missing row makes Save insert a fresh auto-increment row on every call
	c.Generate(&model)
	db := e.Orm.Save(&model)
	err = db.Error
	if err != nil {
		e.Log.Errorf("Service UpdateSysConfig error:%s", err)
		return err
	}
	if db.RowsAffected == 0 {
		return errors.New("无权更新该数据")

	}
	return nil
}

// SetSysConfig is app/admin/service/sys_config.go:85.
func (e *SysConfig) SetSysConfig(c *[]dto.GetSetSysConfigReq) error {
	var err error
	for _, req := range *c {
		var model = models.SysConfig{}
		e.Orm.Where("config_key = ?", req.ConfigKey).First(&model) // safe: guard of an update only
		if model.Id != 0 {
			req.Generate(&model)
			db := e.Orm.Save(&model)
			err = db.Error
			if err != nil {
				e.Log.Errorf("Service SetSysConfig error:%s", err)
				return err
			}
			if db.RowsAffected == 0 {
				return errors.New("无权更新该数据")
			}
		}
	}
	return nil
}

// UpdateForSet is app/admin/service/sys_config.go:119.
func (e *SysConfig) UpdateForSet(c *[]dto.GetSetSysConfigReq) error {
	m := *c
	for _, req := range m {
		var data models.SysConfig
		if err := e.Orm.Where("config_key = ?", req.ConfigKey).
			First(&data).Error; err != nil { // safe: guard of an update only
			e.Log.Errorf("Service GetSysConfigPage error:%s", err)
			return err
		}
		if data.ConfigValue != req.ConfigValue {
			data.ConfigValue = req.ConfigValue

			if err := e.Orm.Save(&data).Error; err != nil {
				e.Log.Errorf("Service GetSysConfigPage error:%s", err)
				return err
			}
		}

	}

	return nil
}
