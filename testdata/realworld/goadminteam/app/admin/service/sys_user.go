// Package service reproduces go-admin-team/go-admin 85666f160f29 app/admin/service.
package service

import (
	"errors"

	"example.com/realworld/goadminteam/app/admin/models"
	"example.com/realworld/goadminteam/app/admin/service/dto"
	"example.com/realworld/goadminteam/third_party/goadmincore/sdk/service"
)

// SysUser is app/admin/service/sys_user.go:17.
type SysUser struct {
	service.Service
}

// Insert is app/admin/service/sys_user.go:63.
func (e *SysUser) Insert(c *dto.SysUserInsertReq) error {
	var err error
	var data models.SysUser
	var i int64
	err = e.Orm.Model(&data).Where("username = ?", c.Username).Count(&i).Error // race
	if err != nil {
		e.Log.Errorf("db error: %s", err)
		return err
	}
	if i > 0 {
		err := errors.New("用户名已存在！")
		e.Log.Errorf("db error: %s", err)
		return err
	}
	c.Generate(&data)
	err = e.Orm.Create(&data).Error
	if err != nil {
		e.Log.Errorf("db error: %s", err)
		return err
	}
	return nil
}
