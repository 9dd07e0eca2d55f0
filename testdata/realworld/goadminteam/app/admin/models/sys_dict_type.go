// Package models reproduces go-admin-team/go-admin 85666f160f29 app/admin/models.
package models

import (
	"example.com/realworld/goadminteam/common/models"
)

// SysDictType is app/admin/models/sys_dict_type.go:7.
type SysDictType struct {
	ID       int    `json:"id" gorm:"primaryKey;column:dict_id;autoIncrement;comment:主键编码"`
	DictName string `json:"dictName" gorm:"size:128;comment:DictName"`
	DictType string `json:"dictType" gorm:"size:128;comment:DictType"`
	Status   int    `json:"status" gorm:"size:4;comment:Status"`
	Remark   string `json:"remark" gorm:"size:255;comment:Remark"`
	models.ControlBy
	models.ModelTime
}

// TableName is app/admin/models/sys_dict_type.go:17.
func (*SysDictType) TableName() string {
	return "sys_dict_type"
}

// Generate is app/admin/models/sys_dict_type.go:21.
func (e *SysDictType) Generate() models.ActiveRecord {
	o := *e
	return &o
}

// GetId is app/admin/models/sys_dict_type.go:26.
func (e *SysDictType) GetId() interface{} {
	return e.ID
}
