// Package dto reproduces go-admin-team/go-admin 85666f160f29 app/admin/service/dto.
package dto

import (
	"example.com/realworld/goadminteam/app/admin/models"
	common "example.com/realworld/goadminteam/common/models"
)

// SysDeptUpdateReq is app/admin/service/dto/sys_dept.go:57.
type SysDeptUpdateReq struct {
	DeptId   int    `uri:"id" comment:"编码"`                                         // 编码
	ParentId int    `json:"parentId" comment:"上级部门" vd:"?"`                         //上级部门
	DeptPath string `json:"deptPath" comment:""`                                    //路径
	DeptName string `json:"deptName" comment:"部门名称" vd:"len($)>0"`                  //部门名称
	Sort     int    `json:"sort" comment:"排序" vd:"?"`                               //排序
	Leader   string `json:"leader" comment:"负责人" vd:"@:len($)>0; msg:'leader不能为空'"` //负责人
	Phone    string `json:"phone" comment:"手机" vd:"?"`                              //手机
	Email    string `json:"email" comment:"邮箱" vd:"?"`                              //邮箱
	Status   int    `json:"status" comment:"状态" vd:"$>0"`                           //状态
	common.ControlBy
}

// Generate is app/admin/service/dto/sys_dept.go:71.
func (s *SysDeptUpdateReq) Generate(model *models.SysDept) {
	if s.DeptId != 0 {
		model.DeptId = s.DeptId
	}
	model.DeptName = s.DeptName
	model.ParentId = s.ParentId
	model.DeptPath = s.DeptPath
	model.Sort = s.Sort
	model.Leader = s.Leader
	model.Phone = s.Phone
	model.Email = s.Email
	model.Status = s.Status
}

// GetId is app/admin/service/dto/sys_dept.go:86.
func (s *SysDeptUpdateReq) GetId() interface{} {
	return s.DeptId
}
