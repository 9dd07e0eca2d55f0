// Package service reproduces go-admin-team/go-admin 85666f160f29 app/admin/service.
package service

import (
	"errors"
	"strconv"

	"example.com/realworld/goadminteam/app/admin/models"
	"example.com/realworld/goadminteam/app/admin/service/dto"
	"example.com/realworld/goadminteam/third_party/goadmincore/sdk/service"
)

// SysDept is app/admin/service/sys_dept.go:16.
type SysDept struct {
	service.Service
}

// Update is app/admin/service/sys_dept.go:95.
func (e *SysDept) Update(c *dto.SysDeptUpdateReq) error {
	var err error
	var model = models.SysDept{}
	tx := e.Orm.Debug().Begin()
	defer func() {
		if err != nil {
			tx.Rollback()
		} else {
			tx.Commit()
		}
	}()
	tx.First(&model, c.GetId()) // safe: Generate copies DeptId, so a missing row reaches only gorm Save's ON CONFLICT DO UPDATE ALL fallback
	c.Generate(&model)

	deptPath := strconv.Itoa(model.DeptId) + "/"
	if model.ParentId != 0 {
		var deptP models.SysDept
		tx.First(&deptP, model.ParentId)
		deptPath = deptP.DeptPath + deptPath
	} else {
		deptPath = "/0/" + deptPath
	}
	model.DeptPath = deptPath
	db := tx.Save(&model)
	if err = db.Error; err != nil {
		e.Log.Errorf("UpdateSysDept error:%s", err)
		return err
	}
	if db.RowsAffected == 0 {
		return errors.New("无权更新该数据")
	}
	return nil
}
