// Package dto reproduces go-admin-team/go-admin 85666f160f29 app/admin/service/dto.
package dto

import (
	"example.com/realworld/goadminteam/app/admin/models"
	common "example.com/realworld/goadminteam/common/models"
)

// SysApiUpdateReq is app/admin/service/dto/sys_api.go:54.
type SysApiUpdateReq struct {
	Id     int    `uri:"id" comment:"编码"` // 编码
	Handle string `json:"handle" comment:"handle"`
	Title  string `json:"title" comment:"标题"`
	Path   string `json:"path" comment:"地址"`
	Type   string `json:"type" comment:""`
	Action string `json:"action" comment:"类型"`
	common.ControlBy
}

// Generate is app/admin/service/dto/sys_api.go:64.
func (s *SysApiUpdateReq) Generate(model *models.SysApi) {
	if s.Id != 0 {
		model.Id = s.Id
	}
	model.Handle = s.Handle
	model.Title = s.Title
	model.Path = s.Path
	model.Type = s.Type
	model.Action = s.Action
}

// GetId is app/admin/service/dto/sys_api.go:75.
func (s *SysApiUpdateReq) GetId() interface{} {
	return s.Id
}
