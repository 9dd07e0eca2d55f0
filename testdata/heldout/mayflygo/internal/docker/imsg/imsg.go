package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrContainerConfExist i18n.MsgId = iota + 90000
)
