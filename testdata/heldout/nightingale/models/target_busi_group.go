package models

import (
	"time"

	"example.com/heldout/nightingale/pkg/ctx"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// TargetBusiGroup reproduces models/target_busi_group.go:13 (table
// target_busi_group, docker/initsql/a-n9e.sql:758-765:
// UNIQUE KEY idx_target_group (target_ident, group_id);
// a-n9e-for-Postgres.sql:963 CREATE UNIQUE INDEX idx_target_group).
type TargetBusiGroup struct {
	Id          int64  `json:"id" gorm:"primaryKey;type:bigint;autoIncrement"`
	TargetIdent string `json:"target_ident" gorm:"type:varchar(191);not null;index:idx_target_group,unique,priority:1"`
	GroupId     int64  `json:"group_id" gorm:"type:bigint;not null;index:idx_target_group,unique,priority:2"`
	UpdateAt    int64  `json:"update_at" gorm:"type:bigint;not null"`
}

func (t *TargetBusiGroup) TableName() string {
	return "target_busi_group"
}

func (t *TargetBusiGroup) TableOptions() string {
	return "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci"
}

// TargetBindBgids reproduces models/target_busi_group.go:68 (trimmed of the
// tag update): INSERT IGNORE (MySQL), INSERT OR IGNORE (SQLite) or
// ON CONFLICT (target_ident, group_id) DO NOTHING (Postgres).
func TargetBindBgids(ctx *ctx.Context, idents []string, bgids []int64, tags []string) error {
	lst := make([]TargetBusiGroup, 0, len(bgids)*len(idents))
	updateAt := time.Now().Unix()
	for _, bgid := range bgids {
		for _, ident := range idents {
			cur := TargetBusiGroup{
				TargetIdent: ident,
				GroupId:     bgid,
				UpdateAt:    updateAt,
			}
			lst = append(lst, cur)
		}
	}
	var cl clause.Expression = clause.Insert{Modifier: "ignore"}
	switch DB(ctx).Dialector.Name() {
	case "sqlite":
		cl = clause.Insert{Modifier: "or ignore"}
	case "postgres":
		// 磐维数据库(基于OpenGauss/PostgreSQL 9.2)不支持 ON CONFLICT DO NOTHING（无冲突目标）语法，
		// 必须显式指定冲突列：ON CONFLICT (target_ident, group_id) DO NOTHING
		cl = clause.OnConflict{
			Columns:   []clause.Column{{Name: "target_ident"}, {Name: "group_id"}},
			DoNothing: true,
		}
	}

	return DB(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Clauses(cl).CreateInBatches(&lst, 10).Error; err != nil {
			return err
		}

		// update target.update_at so that syncTargets can detect the change and refresh GroupIds cache
		if err := tx.Model(&Target{}).Where("ident in ?", idents).Update("update_at", updateAt).Error; err != nil {
			return err
		}

		return nil
	})
}
