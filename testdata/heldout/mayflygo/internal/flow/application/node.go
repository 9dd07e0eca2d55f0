package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/flow/domain/entity"
	"example.com/heldout/mayflygo/pkg/utils/collx"
)

/******************* 执行流上下文 (node.go:16, trimmed) *******************/

type ExecutionCtx struct {
	context.Context

	Procinst  *entity.Procinst  // 流程实例
	Execution *entity.Execution // 当前执行流

	OpExtra collx.M // 操作额外信息，记录用户任务审批状态等

	HisProcinstOp *entity.HisProcinstOp // 当前节点操作记录
}
