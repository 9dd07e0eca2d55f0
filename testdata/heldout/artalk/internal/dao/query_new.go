// Package dao reproduces ArtalkJS/Artalk d25beede911d internal/dao.
package dao

import (
	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/log"
)

// NewSite reproduces internal/dao/query_new.go:8.
func (dao *Dao) NewSite(name string, urls string) entity.Site {
	site := entity.Site{
		Name: name,
		Urls: urls,
	}

	err := dao.CreateSite(&site)
	if err != nil {
		log.Error("Create Site error: ", err)
	}

	return site
}

// CreateSite reproduces internal/dao/query_new.go:22.
func (dao *Dao) CreateSite(site *entity.Site) error {
	err := dao.DB().Create(&site).Error
	if err != nil {
		return err
	}

	// 制备缓存
	dao.CacheAction(func(cache *DaoCache) {
		cache.SiteCacheSave(site)
	})

	return nil
}

// NewUser reproduces internal/dao/query_new.go:36.
func (dao *Dao) NewUser(name string, email string, link string) (entity.User, error) {
	user := entity.User{
		Name:  name,
		Email: email,
		Link:  link,
	}

	err := dao.CreateUser(&user)
	if err != nil {
		log.Error("Create User error: ", err)
		return entity.User{}, err
	}

	return user, nil
}

// CreateUser reproduces internal/dao/query_new.go:52.
func (dao *Dao) CreateUser(user *entity.User) error {
	err := dao.DB().Create(&user).Error
	if err != nil {
		return err
	}

	// 制备缓存
	dao.CacheAction(func(cache *DaoCache) {
		cache.UserCacheSave(user)
	})

	return nil
}

// NewPage reproduces internal/dao/query_new.go:66.
func (dao *Dao) NewPage(key string, pageTitle string, siteName string) entity.Page {
	page := entity.Page{
		Key:      key,
		Title:    pageTitle,
		SiteName: siteName,
	}

	err := dao.CreatePage(&page)
	if err != nil {
		log.Error("Create Page error: ", err)
	}

	return page
}

// CreatePage reproduces internal/dao/query_new.go:81.
func (dao *Dao) CreatePage(page *entity.Page) error {
	err := dao.DB().Create(&page).Error
	if err != nil {
		return err
	}

	// 制备缓存
	dao.CacheAction(func(cache *DaoCache) {
		cache.PageCacheSave(page)
	})

	return nil
}

// NewNotify reproduces internal/dao/query_new.go:109.
func (dao *Dao) NewNotify(userID uint, commentID uint) entity.Notify {
	notify := entity.Notify{
		UserID:    userID,
		CommentID: commentID,
		IsRead:    false,
		IsEmailed: false,
	}
	notify.GenerateKey()

	err := dao.DB().Create(&notify).Error
	if err != nil {
		log.Error("Create Notify error: ", err)
	}

	return notify
}

// CreateAuthIdentity reproduces internal/dao/query_new.go:143.
func (dao *Dao) CreateAuthIdentity(identity *entity.AuthIdentity) error {
	err := dao.DB().Create(&identity).Error
	if err != nil {
		return err
	}

	// TODO
	// dao.CacheAction(func(cache *DaoCache) {
	// 	cache.AuthIdentityCacheSave(identity)
	// })

	return nil
}
