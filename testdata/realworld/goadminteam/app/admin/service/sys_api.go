// Package service reproduces go-admin-team/go-admin 85666f160f29 app/admin/service.
package service

import (
	"errors"
	"fmt"

	"example.com/realworld/goadminteam/app/admin/models"
	"example.com/realworld/goadminteam/app/admin/service/dto"
	"example.com/realworld/goadminteam/common/actions"
	"example.com/realworld/goadminteam/third_party/goadmincore/sdk/runtime"
	"example.com/realworld/goadminteam/third_party/goadmincore/sdk/service"
)

// SysApi is app/admin/service/sys_api.go:16.
type SysApi struct {
	service.Service
}

// Update is app/admin/service/sys_api.go:75.
func (e *SysApi) Update(c *dto.SysApiUpdateReq, p *actions.DataPermission) error {
	var model = models.SysApi{}
	db := e.Orm.Debug().First(&model, c.GetId()) // safe: guard of an update only
	if db.RowsAffected == 0 {
		return errors.New("无权更新该数据")
	}
	c.Generate(&model)
	db = e.Orm.Save(&model)
	if err := db.Error; err != nil {
		e.Log.Errorf("Service UpdateSysApi error:%s", err)
		return err
	}

	return nil
}

// CheckStorageSysApi is app/admin/service/sys_api.go:110.
func (e *SysApi) CheckStorageSysApi(c *[]runtime.Router) error {
	for _, v := range *c {
		err := e.Orm.Debug().Where(models.SysApi{Path: v.RelativePath, Action: v.HttpMethod}).
			Attrs(models.SysApi{Handle: v.Handler}).
			FirstOrCreate(&models.SysApi{}).Error // race
		if err != nil {
			err := fmt.Errorf("Service CheckStorageSysApi error: %s \r\n ", err.Error())
			return err
		}
	}
	return nil
}
