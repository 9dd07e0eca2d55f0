package persistence

import (
	"example.com/heldout/mayflygo/internal/msg/domain/entity"
	"example.com/heldout/mayflygo/internal/msg/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/msg/infra/persistence/msg_tmpl.go
type msgTmplRepoImpl struct {
	base.RepoImpl[*entity.MsgTmpl]
}

func newMsgTmplRepo() repository.MsgTmpl {
	return &msgTmplRepoImpl{}
}

type msgTmplChannelRepoImpl struct {
	base.RepoImpl[*entity.MsgTmplChannel]
}

func newMsgTmplChannelRepo() repository.MsgTmplChannel {
	return &msgTmplChannelRepoImpl{}
}

// server/internal/msg/infra/persistence/msg_tmpl_biz.go
type msgTmplBizRepoImpl struct {
	base.RepoImpl[*entity.MsgTmplBiz]
}

func newMsgTmplBizRepo() repository.MsgTmplBiz {
	return &msgTmplBizRepoImpl{}
}

func InitIoc() (repository.MsgTmpl, repository.MsgTmplChannel, repository.MsgTmplBiz) {
	return newMsgTmplRepo(), newMsgTmplChannelRepo(), newMsgTmplBizRepo()
}
