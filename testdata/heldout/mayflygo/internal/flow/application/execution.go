package application

import (
	"context"
	"encoding/json"

	"example.com/heldout/mayflygo/internal/flow/domain/entity"
	"example.com/heldout/mayflygo/internal/flow/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
)

// server/internal/flow/application/execution.go
type Execution interface {
	base.App[*entity.Execution]

	Init()

	// CreateExecution 创建执行流(初始化)
	CreateExecution(ctx context.Context, procinst *entity.Procinst) error
}

type executionAppImpl struct {
	base.AppImpl[*entity.Execution, repository.Execution]

	hisProcinstOpApp HisProcinstOp `inject:"T"`
}

var _ (Execution) = (*executionAppImpl)(nil)

// Init (execution.go:43): CreateExecution runs synchronously, inside StartProc's Tx,
// on the procinst-create event.
func (e *executionAppImpl) Init() {
	const subId = "ExecutionApp"

	flowEventBus.Subscribe(EventTopicFlowProcinstCreate, subId, func(ctx context.Context, val any) error {
		procinst := val.(*entity.Procinst)
		return e.CreateExecution(ctx, procinst)
	})
}

// CreateExecution (execution.go:64)
func (e *executionAppImpl) CreateExecution(ctx context.Context, procinst *entity.Procinst) error {
	var flowDef entity.FlowDef
	_ = json.Unmarshal([]byte(procinst.FlowDef), &flowDef) // procinst.GetFlowDef()
	startNodes := flowDef.GetNodeByType(FlowNodeTypeStart)
	if len(startNodes) == 0 || len(startNodes) > 1 {
		return errorx.NewBiz("start node not found or more than one")
	}
	startNode := startNodes[0]

	execution := &entity.Execution{
		ProcinstId: procinst.Id,
		ParentId:   0,
		NodeKey:    startNode.Key,
		NodeName:   startNode.Name,
		NodeType:   startNode.Type,
		State:      entity.ExectionStateSuspended,
	}
	// a suspended start execution of the instance is re-activated, otherwise a new one
	// is inserted (Save on id 0); the lookup runs on global.Db, outside StartProc's Tx:
	// two concurrent (re)submits of one instance both insert a start execution.
	if err := e.GetByCond(execution); err == nil { // race; no unique key: t_flow_execution has only the non-unique idx_exe_procinst_id (entity/execution.go:12)
		// 已存在挂起的流程实例，则直接激活继续执行
		execution.State = entity.ExectionStateActive
	} else {
		execution.State = entity.ExectionStateActive
		execution.IsConcurrent = -1
	}

	return e.Tx(ctx, func(ctx context.Context) error {
		if err := e.Save(ctx, execution); err != nil {
			return err
		}
		return e.executeNode(ctx, procinst, execution)
	})
}

// executeNode (trimmed: runs the node behaviours)
func (e *executionAppImpl) executeNode(ctx context.Context, procinst *entity.Procinst, execution *entity.Execution) error {
	return nil
}
