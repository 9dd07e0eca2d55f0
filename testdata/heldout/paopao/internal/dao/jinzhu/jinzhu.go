// Package jinzhu reproduces rocboss/paopao-ce 0b35d12b74c0 internal/dao/jinzhu: the GORM
// implementation of the core data services (trimmed to the methods the sites use).
package jinzhu

import (
	"example.com/heldout/paopao/internal/core"
	"gorm.io/gorm"
)

// dataSrv reproduces internal/dao/jinzhu/jinzhu.go:23 (trimmed to the services reproduced here).
type dataSrv struct {
	core.WalletService
	core.TopicService
	core.TweetService
	core.TweetManageService
	core.CommentManageService
	core.UserManageService
	core.UserMetricServantA
	core.ContactManageService
	core.FollowingManageService
}

// NewDataService reproduces internal/dao/jinzhu/jinzhu.go:50 (trimmed: upstream takes the
// *gorm.DB from conf.MustGormDB and wraps the result in cache.NewCacheDataService).
func NewDataService(db *gorm.DB, cis core.CacheIndexService) core.DataService {
	ums := newUserMetricServentA(db)
	ds := &dataSrv{
		UserMetricServantA:     ums,
		WalletService:          newWalletService(db),
		TopicService:           newTopicService(db),
		TweetService:           newTweetService(db),
		TweetManageService:     newTweetManageService(db, cis),
		CommentManageService:   newCommentManageService(db),
		UserManageService:      newUserManageService(db, ums),
		ContactManageService:   newContactManageService(db),
		FollowingManageService: newFollowingManageService(db),
	}
	return ds
}
