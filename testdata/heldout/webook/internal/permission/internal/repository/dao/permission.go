package dao

import (
	"context"
	"time"

	"example.com/heldout/webook/pkg/egorm"
)

// PermissionDAO reproduces internal/permission/internal/repository/dao/permission.go:24.
type PermissionDAO interface {
	CreatePersonalPermission(ctx context.Context, ps []PersonalPermission) error
	CountPersonalPermission(ctx context.Context, p PersonalPermission) (int64, error)
	FindPersonalPermissions(ctx context.Context, uid int64) ([]PersonalPermission, error)
}

type gormPermissionDAO struct {
	db *egorm.Component
}

func NewPermissionGORMDAO(db *egorm.Component) PermissionDAO {
	return &gormPermissionDAO{db: db}
}

// CreatePersonalPermission reproduces permission.go:38 (FirstOrCreate :42-43).
// The transaction runs at MySQL's default REPEATABLE READ and FirstOrCreate's
// SELECT is a plain consistent read, so two transactions granting the same
// (uid, biz, biz_id) both miss and both INSERT; the second fails on
// uniq_uid_biz_biz_id (:67-69), the error is returned as is and the event
// fails, where run one after the other the second would have found the row.
func (g *gormPermissionDAO) CreatePersonalPermission(ctx context.Context, ps []PersonalPermission) error {
	now := time.Now().UnixMilli()
	return g.db.WithContext(ctx).Transaction(func(tx *egorm.Component) error {
		for _, p := range ps {
			if err := tx.Where(PersonalPermission{Uid: p.Uid, Biz: p.Biz, BizId: p.BizId}). // race
													Attrs(PersonalPermission{Desc: p.Desc, Ctime: now, Utime: now}).FirstOrCreate(&p).Error; err != nil {
				return err
			}
		}
		return nil
	})
}

// CountPersonalPermission reproduces permission.go:51 (HasPermission; no
// insert follows).
func (g *gormPermissionDAO) CountPersonalPermission(ctx context.Context, p PersonalPermission) (int64, error) {
	var count int64
	result := g.db.WithContext(ctx).Model(&PersonalPermission{}).
		Where("uid = ? AND biz = ? AND biz_id = ?", p.Uid, p.Biz, p.BizId).Count(&count)
	return count, result.Error
}

func (g *gormPermissionDAO) FindPersonalPermissions(ctx context.Context, uid int64) ([]PersonalPermission, error) {
	var res []PersonalPermission
	err := g.db.WithContext(ctx).Model(&PersonalPermission{}).Where("uid = ?", uid).
		Order("Ctime DESC").Find(&res).Error
	return res, err
}

// PersonalPermission reproduces permission.go:65 (AutoMigrate in init.go).
type PersonalPermission struct {
	Id    int64  `gorm:"primaryKey;autoIncrement;comment:个人权限自增ID"`
	Uid   int64  `gorm:"not null;uniqueIndex:uniq_uid_biz_biz_id;comment:用户ID"`
	Biz   string `gorm:"type:varchar(255);not null;uniqueIndex:uniq_uid_biz_biz_id;comment:业务名称, project"`
	BizId int64  `gorm:"not null;uniqueIndex:uniq_uid_biz_biz_id;comment:业务实体ID"`
	Desc  string `gorm:"type:varchar(256);not null;comment:权限描述"`
	Ctime int64
	Utime int64
}
