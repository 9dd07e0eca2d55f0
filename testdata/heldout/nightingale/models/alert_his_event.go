package models

import (
	"fmt"

	"example.com/heldout/nightingale/pkg/ctx"
)

// AlertHisEvent reproduces models/alert_his_event.go, trimmed (table
// alert_his_event, docker/initsql/a-n9e.sql:479-521: AUTO_INCREMENT id, KEY
// (hash); every event is appended).
type AlertHisEvent struct {
	Id           int64  `json:"id" gorm:"primaryKey"`
	IsRecovered  int    `json:"is_recovered"`
	Cate         string `json:"cate"`
	DatasourceId int64  `json:"datasource_id"`
	GroupId      int64  `json:"group_id"`
	Hash         string `json:"hash"`
	RuleId       int64  `json:"rule_id"`
	RuleName     string `json:"rule_name"`
	Severity     int    `json:"severity"`
	TriggerTime  int64  `json:"trigger_time"`
	RecoverTime  int64  `json:"recover_time"`
	LastEvalTime int64  `json:"last_eval_time"`
}

func (e *AlertHisEvent) TableName() string {
	return "alert_his_event"
}

// Add reproduces models/alert_his_event.go:69.
func (e *AlertHisEvent) Add(ctx *ctx.Context) error {
	return Insert(ctx, e)
}

// EventPersist reproduces models/alert_his_event.go:352 (lookup :353,
// insert of the active event :397 (not found) or :377 (found, after the delete
// at :367)). Callers: the alert consumer, one goroutine per event up to
// NotifyConcurrency at once (alert/dispatch/consume.go:84-96 -> consumeOne ->
// persist :221), and POST /v1/n9e/event-persist from edge alert engines
// (alert/router/router_event.go:97, retried up to 3 times, consume.go:212).
func EventPersist(ctx *ctx.Context, event *AlertCurEvent) error {
	has, err := AlertCurEventExists(ctx, "hash=?", event.Hash) // race; no unique key: alert_cur_event has only the non-unique KEY (hash) (a-n9e.sql:438-477); its PK is the fresh alert_his_event id
	if err != nil {
		return fmt.Errorf("event_persist_check_exists_fail: %v rule_id=%d hash=%s", err, event.RuleId, event.Hash)
	}

	his := event.ToHis(ctx)

	// 不管是告警还是恢复，全量告警里都要记录
	if err := his.Add(ctx); err != nil {
		return fmt.Errorf("add his event error:%v", err)
	}

	if has {
		// 活跃告警表中有记录，删之
		err = AlertCurEventDelByHash(ctx, event.Hash)
		if err != nil {
			return fmt.Errorf("event_del_cur_fail: %v hash=%s", err, event.Hash)
		}

		if !event.IsRecovered {
			// 恢复事件，从活跃告警列表彻底删掉，告警事件，要重新加进来新的event
			// use his id as cur id
			event.Id = his.Id
			if event.Id > 0 {
				if err := event.Add(ctx); err != nil {
					return fmt.Errorf("add cur event err:%v", err)
				}
			}
		}

		// use his id as cur id
		event.Id = his.Id
		return nil
	}

	// use his id as cur id
	event.Id = his.Id

	if event.IsRecovered {
		// alert_cur_event表里没有数据，表示之前没告警，结果现在报了恢复，神奇....理论上不应该出现的
		return nil
	}

	if event.Id > 0 {
		if err := event.Add(ctx); err != nil {
			return fmt.Errorf("add cur event error:%v", err)
		}
	}

	return nil
}
