package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/msg/application/dto"
	"example.com/heldout/mayflygo/internal/msg/domain/entity"
	"example.com/heldout/mayflygo/internal/msg/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/model"
	"example.com/heldout/mayflygo/pkg/utils/collx"
	"example.com/heldout/mayflygo/pkg/utils/stringx"
)

// server/internal/msg/application/msg_tmpl.go
type MsgTmpl interface {
	base.App[*entity.MsgTmpl]

	SaveTmpl(ctx context.Context, msgTmpl *dto.MsgTmplSave) error
}

type msgTmplAppImpl struct {
	base.AppImpl[*entity.MsgTmpl, repository.MsgTmpl]

	msgTmplChannelRepo repository.MsgTmplChannel `inject:"T"`
}

var _ (MsgTmpl) = (*msgTmplAppImpl)(nil)

// SaveTmpl (msg_tmpl.go:57): POST /msg/tmpls (api/msg_tmpl.go).
func (m *msgTmplAppImpl) SaveTmpl(ctx context.Context, msgTmpl *dto.MsgTmplSave) error {
	return m.Tx(ctx, func(ctx context.Context) error {
		mt := &entity.MsgTmpl{
			Name:    msgTmpl.Name,
			Title:   msgTmpl.Title,
			Tmpl:    msgTmpl.Tmpl,
			MsgType: msgTmpl.MsgType,
			Status:  msgTmpl.Status,
		}
		mt.Id = msgTmpl.Id // structx.Copy(mt, msgTmpl)
		isCreate := mt.Id == 0
		if isCreate {
			mt.Code = stringx.Rand(8)
		}

		if err := m.Save(ctx, mt); err != nil {
			return err
		}

		oldTemplChannelIds := []uint64{}
		if !isCreate {
			// preload of the template's channels (on global.Db, outside the Tx); when any
			// channel is new, every channel of the request is inserted (sic, upstream
			// maps msgTmpl.ChannelIds, not add): concurrent edits both insert.
			oldTemplChannels, err := m.msgTmplChannelRepo.SelectByCond(&entity.MsgTmplChannel{TmplId: mt.Id}, "channel_id") // race; no unique key: t_msg_tmpl_channel (tmpl_id, channel_id) has no index tag (entity/msg_tmpl.go:34)
			if err != nil {
				return err
			}

			oldTemplChannelIds = collx.ArrayMap(oldTemplChannels, func(c *entity.MsgTmplChannel) uint64 {
				return c.ChannelId
			})
		}

		add, del, _ := collx.ArrayCompare(msgTmpl.ChannelIds, oldTemplChannelIds)
		if len(add) > 0 {
			tmplChannels := collx.ArrayMap(msgTmpl.ChannelIds, func(channelId uint64) *entity.MsgTmplChannel {
				return &entity.MsgTmplChannel{
					ChannelId: channelId,
					TmplId:    mt.Id,
				}
			})
			if err := m.msgTmplChannelRepo.BatchInsert(ctx, tmplChannels); err != nil {
				return err
			}
		}

		if len(del) > 0 {
			if err := m.msgTmplChannelRepo.DeleteByCond(ctx, model.NewCond().Eq("tmpl_id", mt.Id).In("channel_id", del)); err != nil {
				return err
			}
		}

		return nil
	})
}
