package models

import (
	"example.com/heldout/nightingale/pkg/ctx"
)

// BoardPayload reproduces models/board_payload.go:9 (table board_payload,
// docker/initsql/a-n9e.sql:203-207: `id` bigint unsigned not null comment
// 'dashboard id', UNIQUE KEY (id); a-n9e-for-Postgres.sql:230 UNIQUE (id)).
type BoardPayload struct {
	Id      int64  `json:"id" gorm:"primaryKey"`
	Payload string `json:"payload"`
}

func (p *BoardPayload) TableName() string {
	return "board_payload"
}

// Update reproduces models/board_payload.go:18.
func (p *BoardPayload) Update(ctx *ctx.Context, selectField interface{}, selectFields ...interface{}) error {
	return DB(ctx).Model(p).Select(selectField, selectFields...).Updates(p).Error
}

// BoardPayloadSave reproduces models/board_payload.go:45 (lookup :47,
// update :55, insert :58). Callers: boardAdd (router_board.go:47),
// boardPutConfigs (:230, PUT /api/n9e/board/:bid/configs), boardClone (:347),
// AtomicAdd (board.go:135) and the AI dashboard_update tool (:1205).
func BoardPayloadSave(ctx *ctx.Context, id int64, payload string) error {
	var bp BoardPayload
	err := DB(ctx).Where("id = ?", id).Find(&bp).Error // race
	if err != nil {
		return err
	}

	if bp.Id > 0 {
		// already exists
		bp.Payload = payload
		return bp.Update(ctx, "payload")
	}

	return Insert(ctx, &BoardPayload{
		Id:      id,
		Payload: payload,
	})
}
