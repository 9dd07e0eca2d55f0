// Package dao reproduces ArtalkJS/Artalk d25beede911d internal/dao.
package dao

import (
	"example.com/heldout/artalk/internal/entity"
	"example.com/heldout/artalk/internal/log"
)

// UpdateSite reproduces internal/dao/query_update.go:24.
func (dao *Dao) UpdateSite(site *entity.Site) error {
	err := dao.DB().Save(site).Error
	if err != nil {
		log.Error("Update Site error: ", err)
	}
	dao.CacheAction(func(cache *DaoCache) {
		cache.SiteCacheSave(site)
	})
	return err
}

// UpdateUser reproduces internal/dao/query_update.go:35.
func (dao *Dao) UpdateUser(user *entity.User) error {
	err := dao.DB().Save(user).Error
	if err != nil {
		log.Error("Update User error: ", err)
	}
	dao.CacheAction(func(cache *DaoCache) {
		cache.UserCacheSave(user)
	})
	return err
}

// UpdatePage reproduces internal/dao/query_update.go:46.
func (dao *Dao) UpdatePage(page *entity.Page) error {
	err := dao.DB().Save(page).Error
	if err != nil {
		log.Error("Update Page error: ", err)
	}
	dao.CacheAction(func(cache *DaoCache) {
		cache.PageCacheSave(page)
	})
	return err
}
