// Package cmd reproduces lejianwen/rustdesk-api c5687e150615 cmd.
package cmd

import (
	"example.com/heldout/rustdeskapi/global"
	"example.com/heldout/rustdeskapi/model"
	"example.com/heldout/rustdeskapi/service"
)

// DatabaseVersion reproduces cmd/apimain.go:26.
const DatabaseVersion = 265

// DatabaseAutoUpdate reproduces cmd/apimain.go:216 (MySQL database bootstrap and 245/246 data fixes trimmed).
func DatabaseAutoUpdate() {
	version := DatabaseVersion

	db := global.DB

	if !db.Migrator().HasTable(&model.Version{}) {
		Migrate(uint(version))
	} else {
		//查找最后一个version
		var v model.Version
		db.Last(&v) // race
		if v.Version < uint(version) {
			Migrate(uint(version))
		}
	}

}

// Migrate reproduces cmd/apimain.go:289 (localised group names and password generation trimmed).
func Migrate(version uint) {
	err := global.DB.AutoMigrate(
		&model.Version{},
		&model.User{},
		&model.Tag{},
		&model.AddressBook{},
		&model.Peer{},
		&model.Group{},
		&model.UserThird{},
		&model.Oauth{},
		&model.LoginLog{},
		&model.AuditConn{},
		&model.AddressBookCollection{},
		&model.AddressBookCollectionRule{},
	)
	if err != nil {
		return
	}
	global.DB.Create(&model.Version{Version: version})
	//如果是初次则创建一个默认用户
	var vc int64
	global.DB.Model(&model.Version{}).Count(&vc) // safe: the count includes this caller's own version row, so at most one concurrent starter sees 1
	if vc == 1 {
		group := &model.Group{
			Name: "默认组",
			Type: model.GroupTypeDefault,
		}
		service.AllService.GroupService.Create(group)

		groupShare := &model.Group{
			Name: "共享组",
			Type: model.GroupTypeShare,
		}
		service.AllService.GroupService.Create(groupShare)
		//是true
		is_admin := true
		admin := &model.User{
			Username: "admin",
			Nickname: "Admin",
			Status:   model.COMMON_STATUS_ENABLE,
			IsAdmin:  &is_admin,
			GroupId:  1,
		}

		global.DB.Create(admin)
	}

}
