package application

import (
	"time"

	"example.com/heldout/mayflygo/internal/flow/domain/entity"
	"example.com/heldout/mayflygo/internal/flow/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/flow/application/his_procinst_op.go
type HisProcinstOp interface {
	base.App[*entity.HisProcinstOp]

	RecordEnd(ctx *ExecutionCtx, remark string) error
}

type hisProcinstOpAppImpl struct {
	base.AppImpl[*entity.HisProcinstOp, repository.HisProcinstOp]
}

var _ (HisProcinstOp) = (*hisProcinstOpAppImpl)(nil)

// RecordEnd (his_procinst_op.go:39): MoveTo (execution.go:115) when a node completes.
func (h *hisProcinstOpAppImpl) RecordEnd(ctx *ExecutionCtx, remark string) error {
	execution := ctx.Execution
	// 从执行流上下文获取当前节点的执行记录，若存在则使用该记录即可
	op := ctx.HisProcinstOp

	if op == nil || op.State != entity.ProcinstOpStatePending {
		op = &entity.HisProcinstOp{
			State:       entity.ProcinstOpStatePending,
			NodeKey:     execution.NodeKey,
			ExecutionId: execution.Id,
			ProcinstId:  execution.ProcinstId,
		}
		// 不存在未完成的节点类型
		if err := h.GetByCond(op); err != nil { // safe: not found returns nil; the found pending op is only updated (Save with its id), nothing is inserted
			return nil
		}
	}

	now := time.Now()
	updateOp := &entity.HisProcinstOp{
		State:    entity.ProcinstOpStateCompleted,
		EndTime:  &now,
		Duration: int64(now.Sub(*op.CreateTime).Seconds()),
		Remark:   remark,
	}
	updateOp.Extra = ctx.OpExtra
	updateOp.Id = op.Id

	return h.Save(ctx, updateOp)
}
