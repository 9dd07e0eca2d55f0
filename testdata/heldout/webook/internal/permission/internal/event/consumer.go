package event

import (
	"context"
	"encoding/json"

	"example.com/heldout/webook/internal/permission/internal/domain"
	"example.com/heldout/webook/internal/permission/internal/service"
)

const (
	PermissionEventName = "permission_events"
)

// PermissionEvent reproduces internal/permission/internal/event/types.go
// (produced by the marketing order/redeem handlers for project purchases).
type PermissionEvent struct {
	Uid    int64   `json:"uid"`
	Biz    string  `json:"biz"` // project,interview
	BizIds []int64 `json:"biz_ids"`
	Action string  `json:"action"` // 购买项目商品, 兑换项目商品
}

func (p PermissionEvent) toDomain() []domain.Permission {
	r := make([]domain.Permission, 0, len(p.BizIds))
	for _, id := range p.BizIds {
		r = append(r, domain.Permission{
			Uid:   p.Uid,
			Biz:   p.Biz,
			BizID: id,
			Desc:  p.Action,
		})
	}
	return r
}

// PermissionEventConsumer reproduces event/consumer.go (one consumer loop per
// process, Start :47; the mq-api consumer is reduced to a function).
type PermissionEventConsumer struct {
	svc     service.Service
	consume func(ctx context.Context) ([]byte, error)
}

// Consume reproduces consumer.go:58.
func (c *PermissionEventConsumer) Consume(ctx context.Context) error {
	msg, err := c.consume(ctx)
	if err != nil {
		return err
	}

	var evt PermissionEvent
	err = json.Unmarshal(msg, &evt)
	if err != nil {
		return err
	}

	return c.svc.CreatePersonalPermission(ctx, evt.toDomain())
}
