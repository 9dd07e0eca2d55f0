package logic

import (
	"fmt"

	"example.com/heldout/ldapadmin/model"
	"example.com/heldout/ldapadmin/model/request"
	"example.com/heldout/ldapadmin/public/tools"
	"example.com/heldout/ldapadmin/service/isql"

	"example.com/heldout/ldapadmin/third_party/gin"
)

type MenuLogic struct{}

// Add 添加数据
// reproduces logic/menu_logic.go:17 (POST /menu/add).
func (l MenuLogic) Add(c *gin.Context, req interface{}) (data interface{}, rspError interface{}) {
	r, ok := req.(*request.MenuAddReq)
	if !ok {
		return nil, ReqAssertErr
	}
	_ = c

	// race
	if isql.Menu.Exist(tools.H{"name": r.Name}) {
		return nil, tools.NewMySqlError(fmt.Errorf("菜单名称已存在"))

	}

	// 获取当前用户
	ctxUser, err := isql.User.GetCurrentLoginUser(c)
	if err != nil {
		return nil, tools.NewMySqlError(fmt.Errorf("获取当前登陆用户信息失败"))
	}

	menu := model.Menu{
		Name:       r.Name,
		Title:      r.Title,
		Icon:       r.Icon,
		Path:       r.Path,
		Redirect:   r.Redirect,
		Component:  r.Component,
		Sort:       r.Sort,
		Status:     r.Status,
		Hidden:     r.Hidden,
		NoCache:    r.NoCache,
		AlwaysShow: r.AlwaysShow,
		Breadcrumb: r.Breadcrumb,
		ActiveMenu: r.ActiveMenu,
		ParentId:   r.ParentId,
		Creator:    ctxUser.Username,
	}

	err = isql.Menu.Add(&menu)
	if err != nil {
		return nil, tools.NewMySqlError(fmt.Errorf("创建记录失败: %s", err.Error()))
	}

	return nil, nil
}

// // List 数据列表
// func (l MenuLogic) List(c *gin.Context, req interface{}) (data interface{}, rspError interface{}) {
// 	_, ok := req.(*request.MenuListReq)
// 	if !ok {
// 		return nil, ReqAssertErr
// 	}
// 	_ = c

// 	menus, err := isql.Menu.List()
// 	if err != nil {
// 		return nil, tools.NewMySqlError(fmt.Errorf("获取资源列表失败: %s", err.Error()))
// 	}

// 	rets := make([]model.Menu, 0)
// 	for _, menu := range menus {
// 		rets = append(rets, *menu)
// 	}
// 	count, err := isql.Menu.Count()
// 	if err != nil {
// 		return nil, tools.NewMySqlError(fmt.Errorf("获取资源总数失败"))
// 	}

// 	return response.MenuListRsp{
// 		Total: count,
// 		Menus: rets,
// 	}, nil
// }
