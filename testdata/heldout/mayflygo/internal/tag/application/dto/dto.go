package dto

import (
	"example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/pkg/model"
)

// server/internal/tag/application/dto/auth_cert.go
type RelateAuthCert struct {
	ResourceCode string

	// 资源标签类型
	ResourceType entity.TagType

	// 空数组则为删除该资源绑定的授权凭证
	AuthCerts []*entity.ResourceAuthCert
}

// server/internal/tag/application/dto/tag_tree.go
// 保存资源标签参数
type SaveResourceTag struct {
	ParentTagCodePaths []string // 关联标签，空数组则为删除该资源绑定的标签

	ResourceTag *ResourceTag // 资源标签信息
}

type ResourceTag struct {
	Code string
	Type entity.TagType
	Name string

	Children []*ResourceTag // 子资源标签
}

type RelateTagsByCodeAndType struct {
	ParentTagCode string         // 父标签编号
	ParentTagType entity.TagType // 父标签类型

	Tags []*ResourceTag // 要关联的标签数组
}

type DelResourceTag struct {
	Id           uint64
	ResourceCode string
	ResourceType entity.TagType

	// 要删除的子节点类型
	ChildType entity.TagType
}

// server/internal/tag/application/dto/team.go
type SaveTeam struct {
	Id                uint64          `json:"id"`
	Name              string          `json:"name" binding:"required"` // 名称
	ValidityStartDate *model.JsonTime `json:"validityStartDate"`       // 生效开始时间
	ValidityEndDate   *model.JsonTime `json:"validityEndDate"`         // 生效结束时间
	Remark            string          `json:"remark"`                  // 备注说明

	CodePaths []string `json:"codePaths"` // 关联标签信息
}
