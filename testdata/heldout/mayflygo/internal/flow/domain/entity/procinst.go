package entity

import (
	"time"

	"example.com/heldout/mayflygo/pkg/model"
	"example.com/heldout/mayflygo/pkg/utils/collx"
)

// 流程实例信息 (server/internal/flow/domain/entity/procinst.go:13; t_flow_procinst:
// only the non-unique `index:idx_procdef_id`; nothing on biz_key;
// mayfly-go.sql:1101-1125 PRIMARY KEY (`id`), KEY `idx_procdef_id`).
type Procinst struct {
	model.Model

	ProcdefId   uint64  `json:"procdefId" gorm:"not null;index:idx_procdef_id;comment:流程定义id"` // 流程定义id
	ProcdefName string  `json:"procdefName" gorm:"not null;size:64;comment:流程定义名称"`            // 流程定义名称
	FlowDef     string  `json:"flowDef" gorm:"type:text;comment:流程定义json"`                     // 流程定义json
	Vars        collx.M `json:"vars" gorm:"type:text;comment:流程变量"`                            // 流程变量

	BizType      string            `json:"bizType" gorm:"not null;size:64;comment:关联业务类型"`  // 业务类型
	BizKey       string            `json:"bizKey" gorm:"not null;size:64;comment:关联业务key"`  // 业务key
	BizForm      string            `json:"bizForm" gorm:"type:text;comment:业务form"`         // 业务表单
	BizStatus    ProcinstBizStatus `json:"bizStatus" gorm:"comment:业务状态"`                   // 业务状态
	BizHandleRes string            `json:"bizHandleRes" gorm:"type:text;comment:关联的业务处理结果"` // 业务处理结果

	Status   ProcinstStatus `json:"status" gorm:"comment:流程状态"` // 流程状态
	Remark   string         `json:"remark" gorm:"size:255;"`
	EndTime  *time.Time     `json:"endTime" gorm:"comment:结束时间"`
	Duration int64          `json:"duration" gorm:"comment:流程持续时间（开始到结束）"` // 持续时间（开始到结束）
}

func (a *Procinst) TableName() string {
	return "t_flow_procinst"
}

type ProcinstStatus int8

const (
	ProcinstStatusActive     ProcinstStatus = 1   // 流程实例正在执行中
	ProcinstStatusCompleted  ProcinstStatus = 2   // 流程实例已经成功执行完成
	ProcinstStatusSuspended  ProcinstStatus = -1  // 流程实例被挂起
	ProcinstStatusBack       ProcinstStatus = -11 // 流程实例被驳回，等待重新提交或修改
	ProcinstStatusTerminated ProcinstStatus = -2  // 流程实例被终止
	ProcinstStatusCancelled  ProcinstStatus = -3  // 流程实例被取消
)

type ProcinstBizStatus int8

const (
	ProcinstBizStatusWait ProcinstBizStatus = 1 // 待处理
)
