package models

import (
	"time"

	"example.com/heldout/nightingale/pkg/ctx"

	"github.com/pkg/errors"
)

// UserGroup reproduces models/user_group.go:14 (table user_group,
// docker/initsql/a-n9e.sql:30-41: PRIMARY KEY (id), KEY (create_by),
// KEY (update_at); name is not unique).
type UserGroup struct {
	Id       int64  `json:"id" gorm:"primaryKey"`
	Name     string `json:"name"`
	Note     string `json:"note"`
	CreateAt int64  `json:"create_at"`
	CreateBy string `json:"create_by"`
	UpdateAt int64  `json:"update_at"`
	UpdateBy string `json:"update_by"`
}

func (ug *UserGroup) TableName() string {
	return "user_group"
}

// UserGroupCount reproduces models/user_group.go:52.
func UserGroupCount(ctx *ctx.Context, where string, args ...interface{}) (num int64, err error) {
	return Count(DB(ctx).Model(&UserGroup{}).Where(where, args...))
}

// Add reproduces models/user_group.go:56 (lookup :61, insert :73).
func (ug *UserGroup) Add(ctx *ctx.Context) error {
	num, err := UserGroupCount(ctx, "name=?", ug.Name) // race; no unique key: user_group.name has no unique index (a-n9e.sql:30-41, a-n9e-for-Postgres.sql:32-43)
	if err != nil {
		return errors.WithMessage(err, "failed to count user-groups")
	}

	if num > 0 {
		return errors.New("UserGroup already exists")
	}

	now := time.Now().Unix()
	ug.CreateAt = now
	ug.UpdateAt = now
	return Insert(ctx, ug)
}

// UserGroupGet reproduces models/user_group.go:90.
func UserGroupGet(ctx *ctx.Context, where string, args ...interface{}) (*UserGroup, error) {
	var lst []*UserGroup
	err := DB(ctx).Where(where, args...).Find(&lst).Error
	if err != nil {
		return nil, err
	}

	if len(lst) == 0 {
		return nil, nil
	}

	return lst[0], nil
}

// AddMembers reproduces models/user_group.go:142 (caller of UserGroupMemberAdd).
func (ug *UserGroup) AddMembers(ctx *ctx.Context, userIds []int64) error {
	count := len(userIds)
	for i := 0; i < count; i++ {
		user, err := UserGetById(ctx, userIds[i])
		if err != nil {
			return err
		}
		if user == nil {
			continue
		}
		err = UserGroupMemberAdd(ctx, ug.Id, user.Id)
		if err != nil {
			return err
		}
	}
	return nil
}
