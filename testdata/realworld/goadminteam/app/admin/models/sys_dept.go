// Package models reproduces go-admin-team/go-admin 85666f160f29 app/admin/models.
package models

import (
	"example.com/realworld/goadminteam/common/models"
)

// SysDept is app/admin/models/sys_dept.go:5.
type SysDept struct {
	DeptId   int    `json:"deptId" gorm:"primaryKey;autoIncrement;"` //部门编码
	ParentId int    `json:"parentId" gorm:""`                        //上级部门
	DeptPath string `json:"deptPath" gorm:"size:255;"`               //
	DeptName string `json:"deptName"  gorm:"size:128;"`              //部门名称
	Sort     int    `json:"sort" gorm:"size:4;"`                     //排序
	Leader   string `json:"leader" gorm:"size:128;"`                 //负责人
	Phone    string `json:"phone" gorm:"size:11;"`                   //手机
	Email    string `json:"email" gorm:"size:64;"`                   //邮箱
	Status   int    `json:"status" gorm:"size:4;"`                   //状态
	models.ControlBy
	models.ModelTime
	DataScope string    `json:"dataScope" gorm:"-"`
	Params    string    `json:"params" gorm:"-"`
	Children  []SysDept `json:"children" gorm:"-"`
}

// TableName is app/admin/models/sys_dept.go:22.
func (*SysDept) TableName() string {
	return "sys_dept"
}

// Generate is app/admin/models/sys_dept.go:26.
func (e *SysDept) Generate() models.ActiveRecord {
	o := *e
	return &o
}

// GetId is app/admin/models/sys_dept.go:31.
func (e *SysDept) GetId() interface{} {
	return e.DeptId
}
