// Package dto reproduces go-admin-team/go-admin 85666f160f29 app/admin/service/dto.
package dto

import (
	"example.com/realworld/goadminteam/app/admin/models"
	common "example.com/realworld/goadminteam/common/models"
)

// SysDictTypeInsertReq is app/admin/service/dto/sys_dict_type.go:26.
type SysDictTypeInsertReq struct {
	Id       int    `uri:"id"`
	DictName string `json:"dictName"`
	DictType string `json:"dictType"`
	Status   int    `json:"status"`
	Remark   string `json:"remark"`
	common.ControlBy
}

// Generate is app/admin/service/dto/sys_dict_type.go:35.
func (s *SysDictTypeInsertReq) Generate(model *models.SysDictType) {
	if s.Id != 0 {
		model.ID = s.Id
	}
	model.DictName = s.DictName
	model.DictType = s.DictType
	model.Status = s.Status
	model.Remark = s.Remark

}

// GetId is app/admin/service/dto/sys_dict_type.go:46.
func (s *SysDictTypeInsertReq) GetId() interface{} {
	return s.Id
}

// SysDictTypeUpdateReq is app/admin/service/dto/sys_dict_type.go:50.
type SysDictTypeUpdateReq struct {
	Id       int    `uri:"id"`
	DictName string `json:"dictName"`
	DictType string `json:"dictType"`
	Status   int    `json:"status"`
	Remark   string `json:"remark"`
	common.ControlBy
}

// Generate is app/admin/service/dto/sys_dict_type.go:59.
func (s *SysDictTypeUpdateReq) Generate(model *models.SysDictType) {
	if s.Id != 0 {
		model.ID = s.Id
	}
	model.DictName = s.DictName
	model.DictType = s.DictType
	model.Status = s.Status
	model.Remark = s.Remark

}

// GetId is app/admin/service/dto/sys_dict_type.go:70.
func (s *SysDictTypeUpdateReq) GetId() interface{} {
	return s.Id
}
