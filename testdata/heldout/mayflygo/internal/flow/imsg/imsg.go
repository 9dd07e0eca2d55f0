package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrProcdefKeyExist i18n.MsgId = iota + 100000
	ErrProcdefNotEnable
	ErrProcdefFlowNotExist
)
