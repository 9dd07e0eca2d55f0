package entity

import (
	"example.com/heldout/mayflygo/pkg/model"
)

// 流程定义信息 (server/internal/flow/domain/entity/procdef.go:16; t_flow_procdef:
// `def_key` has no unique tag; mayfly-go.sql:1081-1098 only PRIMARY KEY (`id`)).
type Procdef struct {
	model.Model

	Name      string        `json:"name" form:"name" gorm:"size:150;comment:流程名称"`                 // 名称
	DefKey    string        `json:"defKey" form:"defKey" gorm:"not null;size:100;comment:流程定义key"` //
	FlowDef   string        `json:"flowDef" gorm:"type:text;comment:流程定义信息"`                       // 流程定义信息
	Status    ProcdefStatus `json:"status" gorm:"comment:状态"`                                      // 状态
	Condition *string       `json:"condition" gorm:"type:text;comment:触发审批的条件（计算结果返回1则需要启用该流程）"`   // 触发审批的条件
	Remark    *string       `json:"remark" gorm:"size:255;"`
}

func (p *Procdef) TableName() string {
	return "t_flow_procdef"
}

type ProcdefStatus int8

const (
	ProcdefStatusEnable  ProcdefStatus = 1
	ProcdefStatusDisable ProcdefStatus = -1
)
