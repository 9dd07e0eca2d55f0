package application

import (
	"context"
	"encoding/json"

	"example.com/heldout/mayflygo/internal/flow/application/dto"
	"example.com/heldout/mayflygo/internal/flow/domain/entity"
	"example.com/heldout/mayflygo/internal/flow/domain/repository"
	"example.com/heldout/mayflygo/internal/flow/imsg"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/contextx"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

// server/internal/flow/application/procinst.go
type Procinst interface {
	base.App[*entity.Procinst]

	// StartProc 根据流程定义启动一个流程实例
	StartProc(ctx context.Context, procdefId uint64, reqParam *dto.StarProc) (*entity.Procinst, error)
}

type procinstAppImpl struct {
	base.AppImpl[*entity.Procinst, repository.Procinst]

	procdefApp Procdef `inject:"T"`
}

var _ (Procinst) = (*procinstAppImpl)(nil)

// StartProc (procinst.go:47): POST /flow/procinsts/start (api/procinst.go:49,
// BizKey from the request body).
func (p *procinstAppImpl) StartProc(ctx context.Context, procdefId uint64, reqParam *dto.StarProc) (*entity.Procinst, error) {
	procdef, err := p.procdefApp.GetById(procdefId)
	if err != nil {
		return nil, errorx.NewBiz("procdef not found")
	}

	if procdef.Status != entity.ProcdefStatusEnable {
		return nil, errorx.NewBizI(ctx, imsg.ErrProcdefNotEnable)
	}
	var flowdef entity.FlowDef
	if json.Unmarshal([]byte(procdef.FlowDef), &flowdef) != nil || len(flowdef.Nodes) == 0 {
		return nil, errorx.NewBizI(ctx, imsg.ErrProcdefFlowNotExist)
	}

	procinst := &entity.Procinst{
		BizType:     reqParam.BizType,
		BizForm:     reqParam.BizForm,
		BizStatus:   entity.ProcinstBizStatusWait,
		ProcdefId:   procdef.Id,
		ProcdefName: procdef.Name,
		Remark:      reqParam.Remark,
		Status:      entity.ProcinstStatusActive,
		FlowDef:     procdef.FlowDef,
	}

	bizKey := reqParam.BizKey
	if bizKey == "" {
		bizKey = stringx.RandUUID()
	} else {
		// 若业务key已存在，则为修改重新提交流程
		existProcinst := &entity.Procinst{BizKey: bizKey}
		// a given biz key is looked up; when missing, Save inserts a new instance: two
		// concurrent starts with one new biz key both insert.
		if err := p.GetByCond(existProcinst); err == nil { // race; no unique key: t_flow_procinst.biz_key has no index tag (entity/procinst.go:21); mayfly-go.sql:1101-1125 only idx_procdef_id
			if existProcinst.Status != entity.ProcinstStatusBack {
				return nil, errorx.NewBiz("该工单非退回状态，无法修改")
			}
			if existProcinst.CreatorId != contextx.GetLoginAccount(ctx).Id {
				return nil, errorx.NewBiz("该工单非当前用户创建，无法修改")
			}
			procinst.Id = existProcinst.Id
		}
	}
	procinst.BizKey = bizKey

	return procinst, p.Tx(ctx, func(ctx context.Context) error {
		if err := p.Save(ctx, procinst); err != nil {
			return err
		}
		return flowEventBus.PublishSync(ctx, EventTopicFlowProcinstCreate, procinst)
	})
}
