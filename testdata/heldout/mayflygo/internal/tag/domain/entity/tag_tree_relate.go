package entity

import "example.com/heldout/mayflygo/pkg/model"

// 与标签树有关联关系的实体 (tag_tree_relate.go:6; t_tag_tree_relate: only the
// non-unique `index:idx_tag_id`; mayfly-go.sql:959-974 KEY `idx_tag_id`).
type TagTreeRelate struct {
	model.Model

	TagId      uint64        `json:"tagId" gorm:"not null;index:idx_tag_id;comment:标签树id"` // 标签树id
	RelateId   uint64        `json:"relateId" gorm:"not null;comment:关联的资源id"`             // 关联的资源id
	RelateType TagRelateType `json:"relateType" gorm:"not null;comment:关联类型"`              // 关联的类型
}

type TagRelateType int8

const (
	TagRelateTypeTeam           TagRelateType = 1 // 关联团队
	TagRelateTypeMachineCmd     TagRelateType = 2 // 关联机器命令配置
	TagRelateTypeMachineCronJob TagRelateType = 3 // 关联机器定时任务配置
	TagRelateTypeFlowDef        TagRelateType = 4 // 关联流程定义
)
