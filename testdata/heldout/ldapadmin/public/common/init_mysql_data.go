package common

import (
	"errors"
	"fmt"

	"example.com/heldout/ldapadmin/config"
	"example.com/heldout/ldapadmin/model"
	"example.com/heldout/ldapadmin/public/tools"

	"example.com/heldout/ldapadmin/third_party/datatypes"
	"gorm.io/gorm"
)

// 初始化mysql数据
// InitData reproduces public/common/init_mysql_data.go:17 (menus and apis blocks trimmed).
func InitData() {
	// 是否初始化数据
	if !config.Conf.System.InitData {
		return
	}

	// 1.写入角色数据
	newRoles := make([]*model.Role, 0)
	roles := []*model.Role{
		{
			Model:   gorm.Model{ID: 1},
			Name:    "管理员",
			Keyword: "admin",
			Remark:  "",
			Sort:    1,
			Status:  1,
			Creator: "系统",
		},
		{
			Model:   gorm.Model{ID: 2},
			Name:    "普通用户",
			Keyword: "user",
			Remark:  "",
			Sort:    3,
			Status:  1,
			Creator: "系统",
		},
		{
			Model:   gorm.Model{ID: 3},
			Name:    "访客",
			Keyword: "guest",
			Remark:  "",
			Sort:    5,
			Status:  1,
			Creator: "系统",
		},
	}

	for _, role := range roles {
		// safe: single-threaded startup seeding (main.go calls InitData once before serving); rows carry explicit primary-key IDs, so a second instance fails on the PK
		err := DB.First(&role, role.ID).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			newRoles = append(newRoles, role)
		}
	}

	if len(newRoles) > 0 {
		err := DB.Create(&newRoles).Error
		if err != nil {
			Log.Errorf("写入系统角色数据失败：%v", err)
		}
	}

	// 2写入菜单: init_mysql_data.go:69-225 (menus, First by ID then Create at :221) trimmed from the reproduction

	// 3.写入用户
	newUsers := make([]*model.User, 0)
	users := []*model.User{
		{
			Model:         gorm.Model{ID: 1},
			Username:      "admin",
			Password:      tools.NewGenPasswd(config.Conf.Ldap.AdminPass),
			Nickname:      "管理员",
			GivenName:     "最强后台",
			Mail:          "admin@" + config.Conf.Ldap.DefaultEmailSuffix,
			JobNumber:     "0000",
			Mobile:        "18888888888",
			Avatar:        "https://wpimg.wallstcn.com/f778738c-e4f8-4870-b634-56703b4acafe.gif",
			PostalAddress: "地球",
			Departments:   "研发中心",
			Position:      "打工人",
			Introduction:  "最强后台的管理员",
			Status:        1,
			Creator:       "系统",
			Roles:         roles[:1],
			UserDN:        config.Conf.Ldap.AdminDN,
		},
	}

	for _, user := range users {
		err := DB.First(&user, user.ID).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			newUsers = append(newUsers, user)
		}
	}

	if len(newUsers) > 0 {
		err := DB.Create(&newUsers).Error
		if err != nil {
			Log.Errorf("写入用户数据失败：%v", err)
		}
	}

	// 4.写入api / 5.casbin: init_mysql_data.go:265-718 trimmed from the reproduction

	// 6.写入分组
	newGroups := make([]model.Group, 0)
	groups := []model.Group{
		{
			Model:              gorm.Model{ID: 1},
			GroupName:          "root",
			Remark:             "Base",
			Creator:            "system",
			GroupType:          "",
			ParentId:           0,
			SourceDeptId:       "0",
			Source:             "openldap",
			SourceDeptParentId: "0",
			GroupDN:            config.Conf.Ldap.BaseDN,
		},
		{
			Model:              gorm.Model{ID: 2},
			GroupName:          config.Conf.DingTalk.Flag + "root",
			Remark:             "钉钉根部门",
			Creator:            "system",
			GroupType:          "ou",
			ParentId:           1,
			SourceDeptId:       fmt.Sprintf("%s_%d", config.Conf.DingTalk.Flag, 1),
			Source:             config.Conf.DingTalk.Flag,
			SourceDeptParentId: fmt.Sprintf("%s_%d", config.Conf.DingTalk.Flag, 0),
			GroupDN:            fmt.Sprintf("ou=%s,%s", config.Conf.DingTalk.Flag+"root", config.Conf.Ldap.BaseDN),
		},
		{
			Model:              gorm.Model{ID: 3},
			GroupName:          "wecomroot",
			Remark:             "企业微信根部门",
			Creator:            "system",
			GroupType:          "ou",
			ParentId:           1,
			SourceDeptId:       fmt.Sprintf("%s_%d", config.Conf.WeCom.Flag, 1),
			Source:             config.Conf.WeCom.Flag,
			SourceDeptParentId: fmt.Sprintf("%s_%d", config.Conf.WeCom.Flag, 0),
			GroupDN:            fmt.Sprintf("ou=%s,%s", config.Conf.WeCom.Flag+"root", config.Conf.Ldap.BaseDN),
		},
		{
			Model:              gorm.Model{ID: 4},
			GroupName:          config.Conf.FeiShu.Flag + "root",
			Remark:             "飞书根部门",
			Creator:            "system",
			GroupType:          "ou",
			ParentId:           1,
			SourceDeptId:       fmt.Sprintf("%s_%d", config.Conf.FeiShu.Flag, 0),
			Source:             config.Conf.FeiShu.Flag,
			SourceDeptParentId: fmt.Sprintf("%s_%d", config.Conf.FeiShu.Flag, 0),
			GroupDN:            fmt.Sprintf("ou=%s,%s", config.Conf.FeiShu.Flag+"root", config.Conf.Ldap.BaseDN),
		},
		{
			Model:              gorm.Model{ID: 5},
			GroupName:          "group",
			Remark:             "默认分组",
			Creator:            "system",
			GroupType:          "cn",
			ParentId:           1,
			SourceDeptId:       "platform_0",
			Source:             "platform",
			SourceDeptParentId: "openldap_1",
			GroupDN:            fmt.Sprintf("cn=%s,%s", "group", config.Conf.Ldap.BaseDN),
		},
	}

	for _, group := range groups {
		err := DB.First(&group, group.ID).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			newGroups = append(newGroups, group)
		}
	}
	if len(newGroups) > 0 {
		err := DB.Create(&newGroups).Error
		if err != nil {
			Log.Errorf("写入分组数据失败：%v", err)
		}
	}

	// 7.写入关系管理
	filedRelation := []model.FieldRelation{
		{
			Flag:       "dingtalk_group",
			Attributes: datatypes.JSON(`{"groupName":"custom_name_pinyin","remark":"name","sourceDeptId":"id","sourceDeptParentId":"parentid"}`),
		},
		{
			Flag:       "dingtalk_user",
			Attributes: datatypes.JSON(`{"avatar":"avatar","givenName":"name","introduction":"remark","jobNumber":"job_number","mail":"email","mobile":"mobile","nickname":"name","position":"title","postalAddress":"work_place","sourceUnionId":"unionid","sourceUserId":"userid","username":"custom_name_pinyin"}`),
		},
		{
			Flag:       "feishu_group",
			Attributes: datatypes.JSON(`{"groupName":"custom_name_pinyin","remark":"name","sourceDeptId":"open_department_id","sourceDeptParentId":"parent_department_id"}`),
		},
		{
			Flag:       "feishu_user",
			Attributes: datatypes.JSON(`{"avatar":"avatar","givenName":"name","introduction":"name","jobNumber":"employee_no","mail":"email","mobile":"mobile","nickname":"name","position":"job_title","postalAddress":"work_station","sourceUnionId":"union_id","sourceUserId":"user_id","username":"custom_name_pinyin"}`),
		},
		{
			Flag:       "wecom_group",
			Attributes: datatypes.JSON(`{"groupName":"custom_name_pinyin","remark":"name","sourceDeptId":"id","sourceDeptParentId":"parentid"}`),
		},
		{
			Flag:       "wecom_user",
			Attributes: datatypes.JSON(`{"avatar":"avatar","givenName":"alias","introduction":"name","jobNumber":"mobile","mail":"email","mobile":"mobile","nickname":"name","position":"external_position","postalAddress":"address","sourceUnionId":"userid","sourceUserId":"userid","username":"custom_name_pinyin"}`),
		},
	}

	newFieldRelations := make([]model.FieldRelation, 0)
	for i, newFieldRelation := range filedRelation {
		newFieldRelation.ID = uint(i + 1)
		err := DB.First(&newFieldRelation, newFieldRelation.ID).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			newFieldRelations = append(newFieldRelations, newFieldRelation)
		}
	}

	if len(newFieldRelations) > 0 {
		if err := DB.Create(&newFieldRelations).Error; err != nil {
			Log.Errorf("写入关系数据失败：%v", err)
		}
	}
}
