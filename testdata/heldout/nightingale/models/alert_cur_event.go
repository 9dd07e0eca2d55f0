package models

import (
	"example.com/heldout/nightingale/pkg/ctx"
)

// AlertCurEvent reproduces models/alert_cur_event.go, trimmed to the columns
// EventPersist uses (table alert_cur_event, docker/initsql/a-n9e.sql:438-477:
// `id` bigint unsigned not null comment 'use alert_his_event.id',
// PRIMARY KEY (id), KEY (hash), KEY (rule_id), ...; hash is not unique;
// a-n9e-for-Postgres.sql:565 alert_cur_event_hash_idx is a plain index).
type AlertCurEvent struct {
	Id           int64  `json:"id" gorm:"primaryKey"`
	Cate         string `json:"cate"`
	DatasourceId int64  `json:"datasource_id"`
	GroupId      int64  `json:"group_id"`
	Hash         string `json:"hash"`
	RuleId       int64  `json:"rule_id"`
	RuleName     string `json:"rule_name"`
	Severity     int    `json:"severity"`
	TriggerTime  int64  `json:"trigger_time"`
	LastEvalTime int64  `json:"last_eval_time" gorm:"-"`
	IsRecovered  bool   `json:"is_recovered" gorm:"-"`
	Status       int    `json:"status" gorm:"-"`
}

func (e *AlertCurEvent) TableName() string {
	return "alert_cur_event"
}

// Add reproduces models/alert_cur_event.go:186.
func (e *AlertCurEvent) Add(ctx *ctx.Context) error {
	return Insert(ctx, e)
}

// ToHis reproduces models/alert_cur_event.go:417 (trimmed).
func (e *AlertCurEvent) ToHis(ctx *ctx.Context) *AlertHisEvent {
	isRecovered := 0
	var recoverTime int64 = 0
	if e.IsRecovered {
		isRecovered = 1
		recoverTime = e.LastEvalTime
	}

	return &AlertHisEvent{
		IsRecovered:  isRecovered,
		Cate:         e.Cate,
		DatasourceId: e.DatasourceId,
		GroupId:      e.GroupId,
		Hash:         e.Hash,
		RuleId:       e.RuleId,
		RuleName:     e.RuleName,
		Severity:     e.Severity,
		TriggerTime:  e.TriggerTime,
		RecoverTime:  recoverTime,
		LastEvalTime: e.LastEvalTime,
	}
}

// AlertCurEventExists reproduces models/alert_cur_event.go:769.
func AlertCurEventExists(ctx *ctx.Context, where string, args ...interface{}) (bool, error) {
	return Exists(DB(ctx).Model(&AlertCurEvent{}).Where(where, args...))
}

// AlertCurEventDelByHash reproduces models/alert_cur_event.go:760 (trimmed of
// the non-center branch).
func AlertCurEventDelByHash(ctx *ctx.Context, hash string) error {
	return DB(ctx).Where("hash = ?", hash).Delete(&AlertCurEvent{}).Error
}
