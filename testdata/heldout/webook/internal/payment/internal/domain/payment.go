package domain

// Types reproduce internal/payment/internal/domain/payment.go (trimmed).

type ChannelType uint8

func (c ChannelType) ToUnit8() uint8 {
	return uint8(c)
}

const (
	ChannelTypeCredit   ChannelType = 1
	ChannelTypeWechat   ChannelType = 2
	ChannelTypeWechatJS ChannelType = 3
)

type PaymentStatus uint8

func (s PaymentStatus) ToUint8() uint8 {
	return uint8(s)
}

type Payment struct {
	ID      int64
	SN      string
	PayerID int64
	// BizTradeNO, 就是OrderSN
	OrderID int64
	OrderSN string
	// 订单的描述,冗余
	OrderDescription string
	TotalAmount      int64
	PaidAt           int64
	Status           PaymentStatus
	Records          []PaymentRecord
	Ctime            int64
}

type PaymentRecord struct {
	PaymentID int64
	// 第三方那边返回的 ID TxnID string
	PaymentNO3rd string
	Description  string
	Channel      ChannelType
	Amount       int64
	PaidAt       int64
	Status       PaymentStatus
}
