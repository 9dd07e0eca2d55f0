// Package dao reproduces ArtalkJS/Artalk d25beede911d internal/dao.
package dao

import (
	"fmt"
	"strings"

	"example.com/heldout/artalk/internal/cache"
	"example.com/heldout/artalk/internal/entity"
	"golang.org/x/sync/singleflight"
)

// QueryDBWithCache reproduces internal/dao/query_find.go:12.
func QueryDBWithCache[T any](dao *Dao, name string, queryDB func() (T, error)) (T, error) {
	if dao.cache == nil {
		return QueryDBWithoutCache(dao, name, queryDB) // directly call queryDB while cache is disabled
	}
	return cache.QueryDBWithCache(dao.cache.Cache, name, queryDB)
}

var noCacheFindSingleflightGroup = new(singleflight.Group)

// QueryDBWithoutCache reproduces internal/dao/query_find.go:21.
func QueryDBWithoutCache[T any](dao *Dao, name string, queryDB func() (T, error)) (T, error) {
	v, err, _ := noCacheFindSingleflightGroup.Do(name, func() (any, error) {
		return queryDB() // Use singleflight to prevent high concurrency pressure on DB
	})
	if err != nil {
		return *new(T), err
	}
	return v.(T), err
}

// FindComment reproduces internal/dao/query_find.go:31.
func (dao *Dao) FindComment(id uint, checkers ...func(*entity.Comment) bool) entity.Comment {
	comment, _ := QueryDBWithCache(dao, fmt.Sprintf(CommentByIDKey, id), func() (comment entity.Comment, err error) {
		dao.DB().Where("id = ?", id).First(&comment)
		return comment, nil
	})

	// the case with checkers
	for _, c := range checkers {
		if !c(&comment) {
			return entity.Comment{}
		}
	}

	return comment
}

// FindUser reproduces internal/dao/query_find.go:101.
// 查找用户 (精确查找 name & email)
func (dao *Dao) FindUser(name string, email string) entity.User {
	user, _ := QueryDBWithCache(dao, fmt.Sprintf(UserByNameEmailKey, strings.ToLower(name), strings.ToLower(email)), func() (user entity.User, err error) {
		dao.DB().Where("LOWER(name) = LOWER(?) AND LOWER(email) = LOWER(?)", name, email).First(&user) // 不区分大小写
		return user, nil
	})

	return user
}

// FindPage reproduces internal/dao/query_find.go:142.
func (dao *Dao) FindPage(key string, siteName string) entity.Page {
	page, _ := QueryDBWithCache(dao, fmt.Sprintf(PageByKeySiteNameKey, key, siteName), func() (page entity.Page, err error) {
		dao.DB().Where(&entity.Page{Key: key, SiteName: siteName}).First(&page)
		return page, nil
	})

	return page
}

// FindPageByID reproduces internal/dao/query_find.go:151.
func (dao *Dao) FindPageByID(id uint) entity.Page {
	page, _ := QueryDBWithCache(dao, fmt.Sprintf(PageByIDKey, id), func() (page entity.Page, err error) {
		dao.DB().Where("id = ?", id).First(&page)
		return page, nil
	})

	return page
}

// FindSite reproduces internal/dao/query_find.go:160.
func (dao *Dao) FindSite(name string) entity.Site {
	site, _ := QueryDBWithCache(dao, fmt.Sprintf(SiteByNameKey, name), func() (site entity.Site, err error) {
		dao.DB().Where("name = ?", name).First(&site)
		return site, nil
	})
	return site
}

// FindNotify reproduces internal/dao/query_find.go:184.
func (dao *Dao) FindNotify(userID uint, commentID uint) entity.Notify {
	var notify entity.Notify
	dao.DB().Where("user_id = ? AND comment_id = ?", userID, commentID).First(&notify)
	return notify
}

// FindAuthIdentityByRemoteUID reproduces internal/dao/query_find.go:284.
func (dao *Dao) FindAuthIdentityByRemoteUID(provider string, remoteUID string) entity.AuthIdentity {
	var identity entity.AuthIdentity
	dao.DB().Where("provider = ? AND remote_uid = ?", provider, remoteUID).First(&identity)
	return identity
}
