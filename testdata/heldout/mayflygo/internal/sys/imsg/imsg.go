package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrUsernameExist i18n.MsgId = iota + 10000
	ErrResourceCodeInvalid
	ErrResourceCodeExist
)
