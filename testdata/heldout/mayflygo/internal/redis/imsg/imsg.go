package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrRedisInfoExist i18n.MsgId = iota + 60000
)
