package repository

import (
	"example.com/heldout/mayflygo/internal/msg/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/msg/domain/repository/msg_tmpl.go
type MsgTmpl interface {
	base.Repo[*entity.MsgTmpl]
}

type MsgTmplChannel interface {
	base.Repo[*entity.MsgTmplChannel]
}

// server/internal/msg/domain/repository/msg_tmpl_biz.go
type MsgTmplBiz interface {
	base.Repo[*entity.MsgTmplBiz]
}
