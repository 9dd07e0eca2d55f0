// Package payment reproduces the module facade internal/payment/module.go
// (type aliases the order module imports).
package payment

import (
	"example.com/heldout/webook/internal/payment/internal/domain"
	"example.com/heldout/webook/internal/payment/internal/service"
)

type (
	Payment     = domain.Payment
	Record      = domain.PaymentRecord
	ChannelType = domain.ChannelType
	Service     = service.Service
)

const (
	ChannelTypeCredit   = domain.ChannelTypeCredit
	ChannelTypeWechat   = domain.ChannelTypeWechat
	ChannelTypeWechatJS = domain.ChannelTypeWechatJS
)
