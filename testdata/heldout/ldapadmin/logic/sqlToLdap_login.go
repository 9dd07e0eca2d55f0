package logic

import (
	"fmt"

	"example.com/heldout/ldapadmin/model/request"
	"example.com/heldout/ldapadmin/public/tools"
	"example.com/heldout/ldapadmin/service/ildap"
	"example.com/heldout/ldapadmin/service/isql"
	"example.com/heldout/ldapadmin/third_party/gin"
)

type SqlLogic struct{}

// SyncSqlUsers 同步sql的用户信息到ldap
// reproduces logic/sqlToLdap_login.go:18 (POST /user/syncSqlUsers).
func (d *SqlLogic) SyncSqlUsers(c *gin.Context, req interface{}) (data interface{}, rspError interface{}) {
	r, ok := req.(*request.SyncSqlUserReq)
	if !ok {
		return nil, ReqAssertErr
	}
	_ = c
	// 1.获取所有用户
	for _, id := range r.UserIds {
		filter := tools.H{"id": int(id)}
		// safe: guard only — a missing id is an error; the user rows already exist and only LDAP entries and sync_state are written
		if !isql.User.Exist(filter) {
			return nil, tools.NewMySqlError(fmt.Errorf("有用户不存在"))
		}
	}
	users, err := isql.User.GetUserByIds(r.UserIds)
	if err != nil {
		return nil, tools.NewMySqlError(fmt.Errorf("%s", "获取用户信息失败: "+err.Error()))
	}
	// 2.再将用户添加到ldap
	for _, user := range users {
		err = ildap.User.Add(&user)
		if err != nil {
			return nil, tools.NewLdapError(fmt.Errorf("%s", "SyncUser向LDAP同步用户失败："+err.Error()))
		}
		// 获取用户将要添加的分组
		groups, err := isql.Group.GetGroupByIds(tools.StringToSlice(user.DepartmentId, ","))
		if err != nil {
			return nil, tools.NewMySqlError(fmt.Errorf("%s", "根据部门ID获取部门信息失败"+err.Error()))
		}
		for _, group := range groups {
			//根据选择的部门，添加到部门内
			err = ildap.Group.AddUserToGroup(group.GroupDN, user.UserDN)
			if err != nil {
				return nil, tools.NewMySqlError(fmt.Errorf("%s", "向Ldap添加用户到分组关系失败："+err.Error()))
			}
		}
		err = isql.User.ChangeSyncState(int(user.ID), 1)
		if err != nil {
			return nil, tools.NewLdapError(fmt.Errorf("%s", "用户同步完毕之后更新状态失败："+err.Error()))
		}
	}

	return nil, nil
}
