package models

import (
	"example.com/heldout/nightingale/pkg/ctx"
)

// UserGroupMember reproduces models/user_group_member.go:10 (table
// user_group_member, docker/initsql/a-n9e.sql:45-52: PRIMARY KEY (id),
// KEY (group_id), KEY (user_id); the pair is not unique).
type UserGroupMember struct {
	GroupId int64
	UserId  int64
}

func (UserGroupMember) TableName() string {
	return "user_group_member"
}

// UserGroupMemberCount reproduces models/user_group_member.go:61.
func UserGroupMemberCount(ctx *ctx.Context, where string, args ...interface{}) (int64, error) {
	return Count(DB(ctx).Model(&UserGroupMember{}).Where(where, args...))
}

// UserGroupMemberAdd reproduces models/user_group_member.go:65 (lookup :66,
// insert :81).
func UserGroupMemberAdd(ctx *ctx.Context, groupId, userId int64) error {
	num, err := UserGroupMemberCount(ctx, "user_id=? and group_id=?", userId, groupId) // race; no unique key: user_group_member has only KEY (group_id) and KEY (user_id) (a-n9e.sql:45-52)
	if err != nil {
		return err
	}

	if num > 0 {
		// already exists
		return nil
	}

	obj := UserGroupMember{
		GroupId: groupId,
		UserId:  userId,
	}

	return Insert(ctx, obj)
}
