package models

import (
	"time"

	"example.com/heldout/nightingale/pkg/ctx"

	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// AlertRule reproduces models/alert_rule.go:66, trimmed to the columns the
// catalogued sites touch (table alert_rule, docker/initsql/a-n9e.sql:256-301:
// PRIMARY KEY (id), KEY (group_id), KEY (update_at); nothing unique on
// (group_id, name); a-n9e-for-Postgres.sql:287-328 likewise).
type AlertRule struct {
	Id         int64  `json:"id" gorm:"primaryKey"`
	GroupId    int64  `json:"group_id"`
	Cate       string `json:"cate"`
	Name       string `json:"name"`
	Note       string `json:"note"`
	RuleConfig string `json:"-" gorm:"rule_config"`
	Disabled   int    `json:"disabled"`
	CreateAt   int64  `json:"create_at"`
	CreateBy   string `json:"create_by"`
	UpdateAt   int64  `json:"update_at"`
	UpdateBy   string `json:"update_by"`
}

func (ar *AlertRule) TableName() string {
	return "alert_rule"
}

// Verify stands in for models/alert_rule.go Verify (validation only).
func (ar *AlertRule) Verify() error {
	if ar.Name == "" {
		return errors.New("name is blank")
	}
	return nil
}

// FE2DB stands in for models/alert_rule.go FE2DB (front-end -> db field
// conversion, no database access).
func (ar *AlertRule) FE2DB() error {
	return nil
}

// Add reproduces models/alert_rule.go:772 (lookup :777, insert :790).
// Callers: alertRuleAdd (router_alert_rule.go:410, POST
// /api/n9e/busi-group/:id/alert-rules and .../import), alertRuleAddForService
// (:379), alertRuleAddOneByService (:359), batchAlertRuleClone (:890) and
// Upsert (:806).
func (ar *AlertRule) Add(ctx *ctx.Context) error {
	if err := ar.Verify(); err != nil {
		return err
	}

	exists, err := AlertRuleExists(ctx, 0, ar.GroupId, ar.Name) // race; no unique key: alert_rule has only PRIMARY KEY (id), KEY (group_id), KEY (update_at) (a-n9e.sql:256-301)
	if err != nil {
		return err
	}

	if exists {
		return errors.New("AlertRule already exists")
	}

	now := time.Now().Unix()
	ar.CreateAt = now
	ar.UpdateAt = now

	return Insert(ctx, ar)
}

// Upsert: 同 group 内若存在同名规则则覆盖（保留原 id/create_at/create_by，下游引用不破），否则插入。
// 用于 force=true 的批量导入场景。调用方传入的 ar 不要预先调用 FE2DB —— 本方法内部处理。
//
// Upsert reproduces models/alert_rule.go:795 (lookup :797, insert via Add
// :806 -> :790, update :809). The upstream comment on :806 says Add's own
// check guards against a concurrent insert between SELECT and INSERT; it does
// not: Add's check is the same check-then-insert.
func (ar *AlertRule) Upsert(ctx *ctx.Context) error {
	var existing AlertRule
	err := DB(ctx).Where("group_id = ? AND name = ?", ar.GroupId, ar.Name).Take(&existing).Error // race; no unique key: no unique index on alert_rule (group_id, name) (a-n9e.sql:256-301)
	if err != nil && !errors.Is(err, gorm.ErrRecordNotFound) {
		return err
	}

	if errors.Is(err, gorm.ErrRecordNotFound) {
		if err := ar.FE2DB(); err != nil {
			return err
		}
		return ar.Add(ctx) // 复用 Add 的 Verify + 同名兜底（防 SELECT 与 INSERT 之间的并发插入）
	}

	return existing.Update(ctx, *ar) // Update 内部会 FE2DB、Verify，并保留 existing 的 id/create_at/create_by
}

// Update reproduces models/alert_rule.go:812, trimmed (its rename check is a
// lookup guarding an update only).
func (ar *AlertRule) Update(ctx *ctx.Context, arf AlertRule) error {
	err := arf.FE2DB()
	if err != nil {
		return err
	}

	arf.Id = ar.Id
	arf.GroupId = ar.GroupId
	arf.CreateAt = ar.CreateAt
	arf.CreateBy = ar.CreateBy
	arf.UpdateAt = time.Now().Unix()

	err = arf.Verify()
	if err != nil {
		return err
	}
	return DB(ctx).Model(ar).Select("*").Updates(arf).Error
}

// AlertRuleExists reproduces models/alert_rule.go:1256.
func AlertRuleExists(ctx *ctx.Context, id, groupId int64, name string) (bool, error) {
	session := DB(ctx).Where("id <> ? and group_id = ? and name = ?", id, groupId, name)

	var lst []AlertRule
	err := session.Find(&lst).Error
	if err != nil {
		return false, err
	}

	return len(lst) > 0, nil
}
