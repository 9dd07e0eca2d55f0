package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrMongoInfoExist i18n.MsgId = iota + 70000
)
