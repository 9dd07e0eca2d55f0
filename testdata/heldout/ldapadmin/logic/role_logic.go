package logic

import (
	"fmt"

	"example.com/heldout/ldapadmin/model"
	"example.com/heldout/ldapadmin/model/request"
	"example.com/heldout/ldapadmin/public/tools"
	"example.com/heldout/ldapadmin/service/isql"

	"example.com/heldout/ldapadmin/third_party/gin"
)

type RoleLogic struct{}

// Add 添加数据
// reproduces logic/role_logic.go:20 (POST /role/add).
func (l RoleLogic) Add(c *gin.Context, req interface{}) (data interface{}, rspError interface{}) {
	r, ok := req.(*request.RoleAddReq)
	if !ok {
		return nil, ReqAssertErr
	}
	_ = c

	// race
	if isql.Role.Exist(tools.H{"name": r.Name}) {
		return nil, tools.NewValidatorError(fmt.Errorf("该角色名已存在"))
	}

	// 获取当前用户最高角色等级
	minSort, ctxUser, err := isql.User.GetCurrentUserMinRoleSort(c)
	if err != nil {
		return nil, tools.NewMySqlError(fmt.Errorf("获取当前用户最高角色等级失败: %s", err.Error()))
	}
	if minSort != 1 {
		return nil, tools.NewValidatorError(fmt.Errorf("当前用户没有权限更新角色"))
	}
	// 用户不能创建比自己等级高或相同等级的角色
	if minSort >= r.Sort {
		return nil, tools.NewValidatorError(fmt.Errorf("不能创建比自己等级高或相同等级的角色"))
	}

	role := model.Role{
		Name:    r.Name,
		Keyword: r.Keyword,
		Remark:  r.Remark,
		Status:  r.Status,
		Sort:    r.Sort,
		Creator: ctxUser.Username,
	}

	// 创建角色
	err = isql.Role.Add(&role)
	if err != nil {
		return nil, tools.NewMySqlError(fmt.Errorf("创建角色失败: %s", err.Error()))
	}
	return nil, nil
}
