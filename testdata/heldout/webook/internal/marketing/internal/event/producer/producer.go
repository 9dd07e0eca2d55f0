package producer

import "context"

// CreditIncreaseEvent / CreditEventProducer reproduce the Kafka producer used
// by the user activity executor (internal/marketing/internal/event).
type CreditIncreaseEvent struct {
	Key    string `json:"key"`
	Uid    int64  `json:"uid"`
	Amount uint64 `json:"amount"`
	Biz    string `json:"biz"`
	BizId  int64  `json:"bizId"`
	Action string `json:"action"`
}

type CreditEventProducer interface {
	Produce(ctx context.Context, evt CreditIncreaseEvent) error
}
