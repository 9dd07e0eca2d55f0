package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrDbInstExist i18n.MsgId = iota + 50000
	ErrDbNameExist
)
