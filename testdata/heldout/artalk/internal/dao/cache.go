// Package dao reproduces ArtalkJS/Artalk d25beede911d internal/dao.
package dao

import (
	"fmt"
	"strings"

	"example.com/heldout/artalk/internal/cache"
	"example.com/heldout/artalk/internal/entity"
)

const (
	UserByIDKey            = "user#id=%d"
	UserByNameEmailKey     = "user#name=%s;email=%s"
	UserIDByEmailKey       = "user_id#email=%s"
	SiteByIDKey            = "site#id=%d"
	SiteByNameKey          = "site#name=%s"
	PageByIDKey            = "page#id=%d"
	PageByKeySiteNameKey   = "page#key=%s;site_name=%s"
	CommentByIDKey         = "comment#id=%d"
	CommentChildIDsByIDKey = "comment_child_ids#id=%d"
	NotifyByUserCommentKey = "notify#user_id=%d;comment_id=%d"
)

// DaoCache reproduces internal/dao/cache.go:25.
type DaoCache struct {
	*cache.Cache
}

// NewCacheAdaptor reproduces internal/dao/cache.go:29.
func NewCacheAdaptor(cache *cache.Cache) *DaoCache {
	return &DaoCache{Cache: cache}
}

// UserCacheSave reproduces internal/dao/cache.go:33.
func (c *DaoCache) UserCacheSave(user *entity.User) error {
	return c.StoreCache(user,
		fmt.Sprintf(UserByIDKey, user.ID),
		fmt.Sprintf(UserByNameEmailKey, strings.ToLower(user.Name), strings.ToLower(user.Email)),
	)
}

// SiteCacheSave reproduces internal/dao/cache.go:48.
func (c *DaoCache) SiteCacheSave(site *entity.Site) error {
	return c.StoreCache(site,
		fmt.Sprintf(SiteByIDKey, site.ID),
		fmt.Sprintf(SiteByNameKey, site.Name),
	)
}

// PageCacheSave reproduces internal/dao/cache.go:60.
func (c *DaoCache) PageCacheSave(page *entity.Page) error {
	return c.StoreCache(page,
		fmt.Sprintf(PageByIDKey, page.ID),
		fmt.Sprintf(PageByKeySiteNameKey, page.Key, page.SiteName),
	)
}

// CommentCacheSave reproduces internal/dao/cache.go:74 (child-id cache trimmed).
func (c *DaoCache) CommentCacheSave(comment *entity.Comment) (err error) {
	if storeErr := c.StoreCache(comment, fmt.Sprintf(CommentByIDKey, comment.ID)); storeErr != nil {
		err = storeErr
	}
	return
}
