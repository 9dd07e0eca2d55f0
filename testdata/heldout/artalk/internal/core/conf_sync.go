// Package core reproduces ArtalkJS/Artalk d25beede911d internal/core.
package core

import (
	"strconv"

	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/log"
)

// syncFromConf reproduces internal/core/conf_sync.go:10.
func (app *App) syncFromConf() {
	// Initialize default site
	siteDefault := app.Dao().FindCreateSite(app.Conf().SiteDefault, app.Conf().SiteURL)
	if app.Conf().SiteURL != "" && siteDefault.Urls != app.Conf().SiteURL {
		siteDefault.Urls = app.Conf().SiteURL
		app.Dao().UpdateSite(&siteDefault)
		log.Info("Default Site ", strconv.Quote(app.Conf().SiteDefault),
			" URL has been updated to: ", strconv.Quote(app.Conf().SiteURL))
	}

	// 导入配置文件的管理员用户
	for _, admin := range app.Conf().AdminUsers {
		user := app.Dao().FindUser(admin.Name, admin.Email) // race
		receiveEmail := true                                // 默认允许接收邮件
		if admin.ReceiveEmail != nil {
			receiveEmail = *admin.ReceiveEmail
		}
		if user.IsEmpty() {
			// create
			user = entity.User{
				Name:         admin.Name,
				Email:        admin.Email,
				Link:         admin.Link,
				Password:     admin.Password,
				BadgeName:    admin.BadgeName,
				BadgeColor:   admin.BadgeColor,
				IsAdmin:      true,
				IsInConf:     true,
				ReceiveEmail: receiveEmail,
			}
			app.dao.CreateUser(&user)
		} else {
			// update
			user.Name = admin.Name
			user.Email = admin.Email
			user.Link = admin.Link
			user.Password = admin.Password
			user.BadgeName = admin.BadgeName
			user.BadgeColor = admin.BadgeColor
			user.IsAdmin = true
			user.IsInConf = true
			user.ReceiveEmail = receiveEmail
			app.dao.UpdateUser(&user)
		}
	}
}

// SyncFromConf exposes syncFromConf (upstream caller: internal/core/base.go:147).
func (app *App) SyncFromConf() {
	app.syncFromConf()
}
