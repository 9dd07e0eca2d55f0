package models

import "example.com/heldout/nightingale/pkg/ctx"

// BusiGroupMember reproduces models/busi_group_member.go:5 (table
// busi_group_member, docker/initsql/a-n9e.sql:169-177: PRIMARY KEY (id),
// KEY (busi_group_id), KEY (user_group_id); nothing unique on the pair).
type BusiGroupMember struct {
	BusiGroupId int64  `json:"busi_group_id"`
	UserGroupId int64  `json:"user_group_id"`
	PermFlag    string `json:"perm_flag"`
}

func (BusiGroupMember) TableName() string {
	return "busi_group_member"
}

// BusiGroupMemberAdd reproduces models/busi_group_member.go:45 (lookup :46,
// insert :53, update :64).
func BusiGroupMemberAdd(ctx *ctx.Context, member BusiGroupMember) error {
	obj, err := BusiGroupMemberGet(ctx, "busi_group_id = ? and user_group_id = ?", member.BusiGroupId, member.UserGroupId) // race; no unique key: busi_group_member has only KEY (busi_group_id) and KEY (user_group_id) (a-n9e.sql:169-177)
	if err != nil {
		return err
	}

	if obj == nil {
		// insert
		return Insert(ctx, &BusiGroupMember{
			BusiGroupId: member.BusiGroupId,
			UserGroupId: member.UserGroupId,
			PermFlag:    member.PermFlag,
		})
	} else {
		// update
		if obj.PermFlag == member.PermFlag {
			return nil
		}

		return DB(ctx).Model(&BusiGroupMember{}).Where("busi_group_id = ? and user_group_id = ?", member.BusiGroupId, member.UserGroupId).Update("perm_flag", member.PermFlag).Error
	}
}

// BusiGroupMemberGet reproduces models/busi_group_member.go:68.
func BusiGroupMemberGet(ctx *ctx.Context, where string, args ...interface{}) (*BusiGroupMember, error) {
	var lst []*BusiGroupMember
	err := DB(ctx).Where(where, args...).Find(&lst).Error
	if err != nil {
		return nil, err
	}

	if len(lst) == 0 {
		return nil, nil
	}

	return lst[0], nil
}
