package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/msg/application/dto"
	"example.com/heldout/mayflygo/internal/msg/domain/entity"
	"example.com/heldout/mayflygo/internal/msg/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
)

// server/internal/msg/application/msg_tmpl_biz.go
type MsgTmplBiz interface {
	base.App[*entity.MsgTmplBiz]

	// SaveBizTmpl 保存消息模板关联业务信息
	SaveBizTmpl(ctx context.Context, bizTmpl *dto.MsgTmplBizSave) error

	// DeleteByBiz 根据业务删除消息模板业务关联
	DeleteByBiz(ctx context.Context, bizType string, bizId uint64) error
}

type msgTmplBizAppImpl struct {
	base.AppImpl[*entity.MsgTmplBiz, repository.MsgTmplBiz]
}

var _ (MsgTmplBiz) = (*msgTmplBizAppImpl)(nil)

// SaveBizTmpl (msg_tmpl_biz.go:36): flow SaveProcdef (procdef.go:75) in its Tx.
func (m *msgTmplBizAppImpl) SaveBizTmpl(ctx context.Context, bizTmpl *dto.MsgTmplBizSave) error {
	msgTmplId := bizTmpl.TmplId
	bizId := bizTmpl.BizId
	bizType := bizTmpl.BizType
	if bizId == 0 {
		return errorx.NewBiz("business ID cannot be empty")
	}
	if bizType == "" {
		return errorx.NewBiz("business type cannot be empty")
	}

	msgTmplBiz := &entity.MsgTmplBiz{
		BizId:   bizId,
		BizType: bizType,
	}
	// exist
	if err := m.GetByCond(msgTmplBiz); err == nil { // race; no unique key: t_msg_tmpl_biz (biz_id, biz_type) has no index tag (entity/msg_tmpl_biz.go:8)
		// tmplId不变，直接返回即可
		if msgTmplBiz.TmplId == msgTmplId {
			return nil
		}

		// 如果模板ID为0，表示删除业务关联
		if msgTmplId == 0 {
			return m.DeleteByBiz(ctx, bizTmpl.BizType, bizTmpl.BizId)
		}

		update := &entity.MsgTmplBiz{
			TmplId: msgTmplId,
		}
		update.Id = msgTmplBiz.Id
		return m.UpdateById(ctx, update)
	}

	if msgTmplId == 0 {
		return nil
	}

	msgTmplBiz.TmplId = msgTmplId
	return m.Save(ctx, msgTmplBiz)
}

func (m *msgTmplBizAppImpl) DeleteByBiz(ctx context.Context, bizType string, bizId uint64) error {
	return m.DeleteByCond(ctx, &entity.MsgTmplBiz{BizId: bizId, BizType: bizType})
}
