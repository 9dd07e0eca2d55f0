package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrUsernameOrPwdErr i18n.MsgId = iota + 20000
	ErrOauth2NoAutoRegister
)
