// Package core reproduces rocboss/paopao-ce 0b35d12b74c0 internal/core: the data-service
// interfaces the servants call through (each trimmed to the methods the sites use).
package core

import (
	"example.com/heldout/paopao/internal/core/cs"
	"example.com/heldout/paopao/internal/core/ms"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
)

// DataService reproduces internal/core/core.go:8 (trimmed).
// DataService 数据服务集成
type DataService interface {
	// 钱包服务
	WalletService

	// 话题服务
	TopicService

	// 推文服务
	TweetService
	TweetManageService

	// 推文指标服务
	UserMetricServantA

	// 评论服务
	CommentManageService

	// 用户服务
	UserManageService
	ContactManageService
	FollowingManageService
}

// TweetService reproduces internal/core/tweets.go:13 (trimmed).
// TweetService 推文检索服务
type TweetService interface {
	GetPostByID(id int64) (*ms.Post, error)
	GetUserPostStar(postID, userID int64) (*ms.PostStar, error)
	GetUserPostCollection(postID, userID int64) (*ms.PostCollection, error)
	GetPostAttatchmentBill(postID, userID int64) (*ms.PostAttachmentBill, error)
	GetPostContentsByIDs(ids []int64) ([]*ms.PostContent, error)
	GetPostContentByID(id int64) (*ms.PostContent, error)
}

// TweetManageService reproduces internal/core/tweets.go:37 (trimmed).
// TweetManageService 推文管理服务，包括创建/删除/更新推文
type TweetManageService interface {
	UpdatePost(post *ms.Post) error
	CreatePostStar(postID, userID int64) (*ms.PostStar, error)
	DeletePostStar(p *ms.PostStar) error
	CreatePostCollection(postID, userID int64) (*ms.PostCollection, error)
	DeletePostCollection(p *ms.PostCollection) error
}

// CommentManageService reproduces internal/core/comments.go:23 (trimmed).
// CommentManageService 评论管理服务
type CommentManageService interface {
	ThumbsUpComment(userId int64, tweetId, commentId int64) error
	ThumbsDownComment(userId int64, tweetId, commentId int64) error
	ThumbsUpReply(userId int64, tweetId, commentId, replyId int64) error
	ThumbsDownReply(userId int64, tweetId, commentId, replyId int64) error
}

// UserManageService reproduces internal/core/user.go:13 (trimmed).
// UserManageService 用户管理服务
type UserManageService interface {
	GetUserByID(id int64) (*ms.User, error)
	GetUserByUsername(username string) (*ms.User, error)
	GetUsersByIDs(ids []int64) ([]*ms.User, error)
	CreateUser(user *ms.User) (*ms.User, error)
	UpdateUser(user *ms.User) error
}

// ContactManageService reproduces internal/core/user.go:26 (trimmed).
// ContactManageService 联系人管理服务
type ContactManageService interface {
	RequestingFriend(userId int64, friendId int64, greetings string) error
}

// FollowingManageService reproduces internal/core/user.go:36 (trimmed).
// FollowingManageService 关注管理服务
type FollowingManageService interface {
	FollowUser(userId int64, followId int64) error
}

// TopicService reproduces internal/core/topics.go:12 (trimmed).
// TopicService 话题服务
type TopicService interface {
	UpsertTags(userId int64, tags []string) (cs.TagInfoList, error)
	DecrTagsById(ids []int64) error
}

// WalletService reproduces internal/core/wallet.go:12 (trimmed).
// WalletService wallet service interface
type WalletService interface {
	HandleRechargeSuccess(recharge *ms.WalletRecharge, tradeNo string) error
	HandlePostAttachmentBought(post *ms.Post, user *ms.User) error
}

// UserMetricServantA reproduces internal/core/metrics.go:23 (trimmed).
type UserMetricServantA interface {
	AddUserMetric(userId int64) error
}

// IdxAct reproduces internal/core/cache.go:24.
type IdxAct uint8

// IdxAct* reproduce internal/core/cache.go:15.
const (
	IdxActNop IdxAct = iota + 1
	IdxActCreatePost
	IdxActUpdatePost
	IdxActDeletePost
	IdxActStickPost
	IdxActVisiblePost
)

// CacheIndexService reproduces internal/core/cache.go:70.
// CacheIndexService cache index service interface
type CacheIndexService interface {
	SendAction(act IdxAct, post *dbr.Post)
}

// ObjectStorageService reproduces internal/core/storage.go:12 (trimmed).
// ObjectStorageService storage service interface that implement base AliOSS、MINIO or other
type ObjectStorageService interface {
	ObjectKey(cUrl string) string
	SignURL(objectKey string, expiredInSec int64) (string, error)
}

// The post visibilities reproduce internal/core/search.go:17 (trimmed).
const (
	PostVisitPublic  = dbr.PostVisitPublic
	PostVisitPrivate = dbr.PostVisitPrivate
)
