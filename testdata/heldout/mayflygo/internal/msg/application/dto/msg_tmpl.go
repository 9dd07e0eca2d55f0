package dto

import (
	"example.com/heldout/mayflygo/internal/msg/domain/entity"
	"example.com/heldout/mayflygo/pkg/model"
)

type MsgTmplSave struct {
	model.ExtraData

	Id      uint64               `json:"id"`
	Name    string               `json:"name"`
	Remark  string               `json:"remark"`
	Status  entity.MsgTmplStatus `json:"status" `
	Title   string               `json:"title"`
	Tmpl    string               `json:"type"`
	MsgType int8                 `json:"msgType"`

	ChannelIds []uint64 `json:"channelIds"`
}

// MsgTmplBizSave 消息模板关联业务信息
type MsgTmplBizSave struct {
	TmplId  uint64 // 消息模板id
	BizId   uint64 // 业务id
	BizType string
}
