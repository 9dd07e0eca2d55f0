package imsg

import "example.com/heldout/mayflygo/pkg/i18n"

const (
	ErrMachineExist i18n.MsgId = iota + 40000
	ErrSshTunnelCircular
)
