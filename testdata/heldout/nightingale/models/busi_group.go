package models

import (
	"time"

	"example.com/heldout/nightingale/pkg/ctx"

	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// BusiGroup reproduces models/busi_group.go:14 (table busi_group,
// docker/initsql/a-n9e.sql:154-165: PRIMARY KEY (id), UNIQUE KEY (name); no
// key on label_value).
type BusiGroup struct {
	Id          int64    `json:"id" gorm:"primaryKey"`
	Name        string   `json:"name"`
	LabelEnable int      `json:"label_enable"`
	LabelValue  string   `json:"label_value"`
	CreateAt    int64    `json:"create_at"`
	CreateBy    string   `json:"create_by"`
	UpdateAt    int64    `json:"update_at"`
	UpdateBy    string   `json:"update_by"`
	DB          *gorm.DB `json:"-" gorm:"-"`
}

func (bg *BusiGroup) TableName() string {
	return "busi_group"
}

// BusiGroupGet reproduces models/busi_group.go:96.
func BusiGroupGet(ctx *ctx.Context, where string, args ...interface{}) (*BusiGroup, error) {
	var lst []*BusiGroup
	err := DB(ctx).Where(where, args...).Find(&lst).Error
	if err != nil {
		return nil, err
	}

	if len(lst) == 0 {
		return nil, nil
	}

	return lst[0], nil
}

// BusiGroupExists reproduces models/busi_group.go:120.
func BusiGroupExists(ctx *ctx.Context, where string, args ...interface{}) (bool, error) {
	num, err := Count(DB(ctx).Model(&BusiGroup{}).Where(where, args...))
	return num > 0, err
}

// AddMembers reproduces models/busi_group.go:211 (caller of BusiGroupMemberAdd).
func (bg *BusiGroup) AddMembers(ctx *ctx.Context, members []BusiGroupMember, username string) error {
	for i := 0; i < len(members); i++ {
		err := BusiGroupMemberAdd(ctx, members[i])
		if err != nil {
			return err
		}
	}

	return DB(ctx).Model(bg).Updates(map[string]interface{}{
		"update_at": time.Now().Unix(),
		"update_by": username,
	}).Error
}

// Update reproduces models/busi_group.go:249 (lookup :254, update :276).
func (bg *BusiGroup) Update(ctx *ctx.Context, name string, labelEnable int, labelValue string, updateBy string) error {
	if bg.Name == name && bg.LabelEnable == labelEnable && bg.LabelValue == labelValue {
		return nil
	}

	exists, err := BusiGroupExists(ctx, "name = ? and id <> ?", name, bg.Id) // safe: the duplicate-name check guards an UPDATE of an existing group (a concurrent rename to the same name hits UNIQUE(name)); nothing is inserted
	if err != nil {
		return errors.WithMessage(err, "failed to count BusiGroup")
	}

	if exists {
		return errors.New("BusiGroup already exists")
	}

	if labelEnable == 1 {
		exists, err = BusiGroupExists(ctx, "label_enable = 1 and label_value = ? and id <> ?", labelValue, bg.Id)
		if err != nil {
			return errors.WithMessage(err, "failed to count BusiGroup")
		}

		if exists {
			return errors.New("BusiGroup already exists")
		}
	} else {
		labelValue = ""
	}

	return DB(ctx).Model(bg).Updates(map[string]interface{}{
		"name":         name,
		"label_enable": labelEnable,
		"label_value":  labelValue,
		"update_at":    time.Now().Unix(),
		"update_by":    updateBy,
	}).Error
}

// BusiGroupAdd reproduces models/busi_group.go:285 (lookup :286, and for
// label_enable also :296; insert :332 in a default-isolation transaction).
func BusiGroupAdd(ctx *ctx.Context, name string, labelEnable int, labelValue string, members []BusiGroupMember, creator string) error {
	// two POST /api/n9e/busi-groups with one name both count 0 and both insert;
	// UNIQUE KEY (name) fails the second.
	exists, err := BusiGroupExists(ctx, "name=?", name) // race
	if err != nil {
		return errors.WithMessage(err, "failed to count BusiGroup")
	}

	if exists {
		return errors.New("BusiGroup already exists")
	}

	if labelEnable == 1 {
		exists, err = BusiGroupExists(ctx, "label_enable = 1 and label_value = ?", labelValue) // race; no unique key: busi_group.label_value has no index at all (a-n9e.sql:154-165)
		if err != nil {
			return errors.WithMessage(err, "failed to count BusiGroup")
		}

		if exists {
			return errors.New("BusiGroup already exists")
		}
	} else {
		labelValue = ""
	}

	count := len(members)
	for i := 0; i < count; i++ {
		ug, err := UserGroupGet(ctx, "id=?", members[i].UserGroupId)
		if err != nil {
			return errors.WithMessage(err, "failed to get UserGroup")
		}

		if ug == nil {
			return errors.New("Some UserGroup id not exists")
		}
	}

	now := time.Now().Unix()
	obj := &BusiGroup{
		Name:        name,
		LabelEnable: labelEnable,
		LabelValue:  labelValue,
		CreateAt:    now,
		CreateBy:    creator,
		UpdateAt:    now,
		UpdateBy:    creator,
	}

	return DB(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Create(obj).Error; err != nil {
			return err
		}

		for i := 0; i < len(members); i++ {
			if err := tx.Create(&BusiGroupMember{
				BusiGroupId: obj.Id,
				UserGroupId: members[i].UserGroupId,
				PermFlag:    members[i].PermFlag,
			}).Error; err != nil {
				return err
			}
		}

		return nil
	})
}
