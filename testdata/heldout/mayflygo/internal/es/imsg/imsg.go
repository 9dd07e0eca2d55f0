package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrEsInstExist i18n.MsgId = iota + 80000
)
