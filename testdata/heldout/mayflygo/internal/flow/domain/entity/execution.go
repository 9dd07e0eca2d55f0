package entity

import (
	"example.com/heldout/mayflygo/pkg/model"
	"example.com/heldout/mayflygo/pkg/utils/collx"
)

// Execution 流程执行流信息 (server/internal/flow/domain/entity/execution.go:9;
// t_flow_execution, AutoMigrate'd by migrations/v1_10.go:36: only the non-unique
// `index:idx_exe_procinst_id`).
type Execution struct {
	model.Model

	ProcinstId uint64 `json:"procinstId" gorm:"not null;index:idx_exe_procinst_id;comment:流程实例id"`
	ParentId   uint64 `json:"parentId" gorm:"default:0;comment:父级执行id"` // 父执行流ID

	Vars     collx.M      `json:"vars" gorm:"type:text;comment:执行流变量"`
	NodeKey  string       `json:"nodeKey" gorm:"not null;size:64;comment:节点key"`
	NodeName string       `json:"nodeName" gorm:"size:64;comment:节点名称"`
	NodeType FlowNodeType `json:"nodeType" gorm:"comment:节点类型"`

	State        ExectionState `json:"state" gorm:"comment:执行状态"`
	IsConcurrent int8          `json:"isConcurrent" gorm:"comment:是否并行"`
}

func (m *Execution) TableName() string {
	return "t_flow_execution"
}

type ExectionState int8

const (
	ExectionStateActive     ExectionState = 1  // 运行中
	ExectionStateSuspended  ExectionState = -1 // 挂起
	ExectionStateTerminated ExectionState = -2 // 已终止
	ExectionStateCompleted  ExectionState = 2  // 完成
)

type FlowNodeType string

// FlowNode / FlowDef (trimmed from flow_def.go)
type FlowNode struct {
	Key  string       `json:"key"`
	Name string       `json:"name"`
	Type FlowNodeType `json:"type"`
}

type FlowDef struct {
	Nodes []*FlowNode `json:"nodes"`
}

// GetNodeByType 获取指定类型的节点
func (fd *FlowDef) GetNodeByType(nodeType FlowNodeType) []*FlowNode {
	var res []*FlowNode
	for _, n := range fd.Nodes {
		if n.Type == nodeType {
			res = append(res, n)
		}
	}
	return res
}
