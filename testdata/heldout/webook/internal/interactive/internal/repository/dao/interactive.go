package dao

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/webook/pkg/egorm"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// InteractiveDAO reproduces internal/interactive/internal/repository/dao/interactive.go:31
// (trimmed to the toggles and the view counter).
type InteractiveDAO interface {
	IncrViewCnt(ctx context.Context, biz string, bizId int64) error
	LikeToggle(ctx context.Context, biz string, id int64, uid int64) error
	CollectToggle(ctx context.Context, cb UserCollectionBiz) error
	GetLikeInfo(ctx context.Context,
		biz string, id int64, uid int64) (UserLikeBiz, error)
}

type GORMInteractiveDAO struct {
	db *egorm.Component
}

func NewInteractiveDAO(db *egorm.Component) *GORMInteractiveDAO {
	return &GORMInteractiveDAO{
		db: db,
	}
}

// LikeToggle reproduces interactive.go:189 (lookup :191-193, insert :198 ->
// insertLikeInfo :207). POST /interactive/like/toggle -> Handler.Like
// (web/handler.go:65) -> service.LikeToggle (service/interactive.go:82) ->
// repository.LikeToggle (repository/interactive.go:161); also the interactive
// Kafka consumer (event/consumer.go:56). The transaction is MySQL's default
// REPEATABLE READ and First is a plain consistent read, so two toggles of the
// same (uid, biz, biz_id) both miss and both INSERT; the second fails on
// uid_biz_type_id, where one after the other the second would take the found
// (delete) path.
func (g *GORMInteractiveDAO) LikeToggle(ctx context.Context, biz string, id int64, uid int64) error {
	return g.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		err := tx. // race
				Where("biz = ? AND biz_id = ? AND uid = ?", biz, id, uid).
				First(&UserLikeBiz{}).Error
		switch {
		case err == nil:
			return g.deleteLikeInfo(tx, biz, id, uid)
		case errors.Is(err, gorm.ErrRecordNotFound):
			return g.insertLikeInfo(tx, biz, id, uid)
		default:
			return err
		}
	})
}

func (g *GORMInteractiveDAO) insertLikeInfo(tx *gorm.DB, biz string, id int64, uid int64) error {
	now := time.Now().UnixMilli()
	err := tx.Create(&UserLikeBiz{
		Uid:   uid,
		Biz:   biz,
		BizId: id,
		Utime: now,
		Ctime: now,
	}).Error
	if err != nil {
		return err
	}
	return tx.Clauses(clause.OnConflict{
		DoUpdates: clause.Assignments(map[string]any{
			"like_cnt": gorm.Expr("`like_cnt` + 1"),
			"utime":    now,
		}),
	}).Create(&Interactive{
		Biz:     biz,
		BizId:   id,
		LikeCnt: 1,
		Ctime:   now,
		Utime:   now,
	}).Error
}

// CollectToggle reproduces interactive.go:231 (lookup :233-235, insert :240 ->
// insertCollectionBiz :270). POST /interactive/collect/toggle ->
// Handler.Collect (web/handler.go:56) -> service.CollectToggle
// (service/interactive.go:86) -> repository.CollectToggle
// (repository/interactive.go:165); also the Kafka consumer (:59). Same race
// as LikeToggle on user_collection_bizs' uid_biz_type_id.
func (g *GORMInteractiveDAO) CollectToggle(ctx context.Context, cb UserCollectionBiz) error {
	return g.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		err := tx. // race
				Where("biz = ? AND biz_id = ? AND uid = ?", cb.Biz, cb.BizId, cb.Uid).
				First(&UserCollectionBiz{}).Error
		switch {
		case err == nil:
			return g.deleteCollectionInfo(tx, cb.Biz, cb.BizId, cb.Uid)
		case errors.Is(err, gorm.ErrRecordNotFound):
			return g.insertCollectionBiz(tx, cb)
		default:
			return err
		}
	})
}

func (g *GORMInteractiveDAO) deleteCollectionInfo(tx *gorm.DB, biz string, id int64, uid int64) error {
	now := time.Now().UnixMilli()
	res := tx.Model(&UserCollectionBiz{}).
		Where("uid=? AND biz_id = ? AND biz=?", uid, id, biz).
		Delete(&UserCollectionBiz{})
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected < 1 {
		return nil
	}
	return tx.Model(&Interactive{}).
		Where("biz =? AND biz_id=?", biz, id).
		Updates(map[string]any{
			"collect_cnt": gorm.Expr("`collect_cnt` - 1"),
			"utime":       now,
		}).Error
}

func (g *GORMInteractiveDAO) insertCollectionBiz(tx *gorm.DB, cb UserCollectionBiz) error {
	now := time.Now().UnixMilli()
	cb.Ctime = now
	cb.Utime = now
	err := tx.Create(&cb).Error
	if err != nil {
		return err
	}
	return tx.Clauses(clause.OnConflict{
		DoUpdates: clause.Assignments(map[string]any{
			"collect_cnt": gorm.Expr("`collect_cnt` + 1"),
			"utime":       now,
		}),
	}).Create(&Interactive{
		Biz:        cb.Biz,
		BizId:      cb.BizId,
		CollectCnt: 1,
		Ctime:      now,
		Utime:      now,
	}).Error

}

func (g *GORMInteractiveDAO) deleteLikeInfo(tx *gorm.DB, biz string, id int64, uid int64) error {
	now := time.Now().UnixMilli()
	res := tx.Model(&UserLikeBiz{}).
		Where("uid=? AND biz_id = ? AND biz=?", uid, id, biz).
		Delete(&UserLikeBiz{})
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected < 1 {
		return nil
	}
	return tx.Model(&Interactive{}).
		Where("biz =? AND biz_id=?", biz, id).
		Updates(map[string]any{
			"like_cnt": gorm.Expr("`like_cnt` - 1"),
			"utime":    now,
		}).Error
}

// IncrViewCnt reproduces interactive.go:308: an atomic upsert (MySQL
// ON DUPLICATE KEY UPDATE on biz_type_id), no lookup.
func (g *GORMInteractiveDAO) IncrViewCnt(ctx context.Context, biz string, bizId int64) error {
	now := time.Now().UnixMilli()
	return g.db.WithContext(ctx).Clauses(clause.OnConflict{
		DoUpdates: clause.Assignments(map[string]any{
			"view_cnt": gorm.Expr("`view_cnt` + 1"),
			"utime":    now,
		}),
	}).Create(&Interactive{
		Biz:     biz,
		BizId:   bizId,
		ViewCnt: 1,
		Ctime:   now,
		Utime:   now,
	}).Error
}

func (g *GORMInteractiveDAO) GetLikeInfo(ctx context.Context, biz string, id int64, uid int64) (UserLikeBiz, error) {
	var res UserLikeBiz
	err := g.db.WithContext(ctx).
		Where("biz = ? AND biz_id = ? AND uid = ?",
			biz, id, uid).
		First(&res).Error
	return res, err
}
