package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/flow/application/dto"
	"example.com/heldout/mayflygo/internal/flow/domain/entity"
	"example.com/heldout/mayflygo/internal/flow/domain/repository"
	"example.com/heldout/mayflygo/internal/flow/imsg"
	msgapp "example.com/heldout/mayflygo/internal/msg/application"
	msgdto "example.com/heldout/mayflygo/internal/msg/application/dto"
	tagapp "example.com/heldout/mayflygo/internal/tag/application"
	tagentity "example.com/heldout/mayflygo/internal/tag/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
)

// server/internal/flow/application/procdef.go
type Procdef interface {
	base.App[*entity.Procdef]

	// 保存流程实例信息
	SaveProcdef(ctx context.Context, def *dto.SaveProcdef) error
}

type procdefAppImpl struct {
	base.AppImpl[*entity.Procdef, repository.Procdef]

	msgTmplBizApp    msgapp.MsgTmplBiz    `inject:"T"`
	tagTreeRelateApp tagapp.TagTreeRelate `inject:"T"`
}

var _ (Procdef) = (*procdefAppImpl)(nil)

// SaveProcdef (procdef.go:56): POST /flow/procdefs (api/procdef.go).
func (p *procdefAppImpl) SaveProcdef(ctx context.Context, defParam *dto.SaveProcdef) error {
	def := defParam.Procdef

	if def.Id == 0 {
		if p.GetByCond(&entity.Procdef{DefKey: def.DefKey}) == nil { // race; no unique key: t_flow_procdef.def_key has no unique tag (entity/procdef.go:20) nor UNIQUE KEY (mayfly-go.sql:1081-1098)
			return errorx.NewBizI(ctx, imsg.ErrProcdefKeyExist)
		}
	} else {
		// 防止误修改key
		def.DefKey = ""
	}

	return p.Tx(ctx, func(ctx context.Context) error {
		return p.Save(ctx, def)
	}, func(ctx context.Context) error {
		// 保存通知消息模板
		if err := p.msgTmplBizApp.SaveBizTmpl(ctx, &msgdto.MsgTmplBizSave{
			TmplId:  defParam.MsgTmplId,
			BizType: FlowTaskNotifyBizKey,
			BizId:   def.Id,
		}); err != nil {
			return err
		}
		return p.tagTreeRelateApp.RelateTag(ctx, tagentity.TagRelateTypeFlowDef, def.Id, defParam.CodePaths...)
	})
}
