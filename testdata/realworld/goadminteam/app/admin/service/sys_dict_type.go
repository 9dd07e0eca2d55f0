// Package service reproduces go-admin-team/go-admin 85666f160f29 app/admin/service.
package service

import (
	"errors"
	"fmt"

	"example.com/realworld/goadminteam/app/admin/models"
	"example.com/realworld/goadminteam/app/admin/service/dto"
	"example.com/realworld/goadminteam/third_party/goadmincore/sdk/service"
)

// SysDictType is app/admin/service/sys_dict_type.go:15.
type SysDictType struct {
	service.Service
}

// Insert is app/admin/service/sys_dict_type.go:57.
func (e *SysDictType) Insert(c *dto.SysDictTypeInsertReq) error {
	var err error
	var data models.SysDictType
	c.Generate(&data)
	var count int64
	// The error was dropped, so a query that failed left count at zero and the
	// insert went ahead as though the name were free.
	if err = e.Orm.Model(&data).Where("dict_type = ?", data.DictType).Count(&count).Error; err != nil { // race
		e.Log.Errorf("db error: %s", err)
		return err
	}
	if count > 0 {
		return fmt.Errorf("当前字典类型[%s]已经存在！", data.DictType)
	}
	err = e.Orm.Create(&data).Error
	if err != nil {
		e.Log.Errorf("db error: %s", err)
		return err
	}
	return nil
}

// Update is app/admin/service/sys_dict_type.go:80.
func (e *SysDictType) Update(c *dto.SysDictTypeUpdateReq) error {
	var err error
	var model = models.SysDictType{}
	e.Orm.First(&model, c.GetId()) // safe: Generate copies the id, so a missing row reaches only gorm Save's ON CONFLICT DO UPDATE ALL fallback
	c.Generate(&model)
	db := e.Orm.Save(&model)
	if err = db.Error; err != nil {
		e.Log.Errorf("db error: %s", err)
		return err
	}
	if db.RowsAffected == 0 {
		return errors.New("无权更新该数据")

	}
	return nil
}
