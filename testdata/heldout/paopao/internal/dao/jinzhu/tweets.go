package jinzhu

import (
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/core/ms"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
	"gorm.io/gorm"
)

// tweetSrv reproduces internal/dao/jinzhu/tweets.go:20.
type tweetSrv struct {
	db *gorm.DB
}

// tweetManageSrv reproduces internal/dao/jinzhu/tweets.go:24.
type tweetManageSrv struct {
	cacheIndex core.CacheIndexService
	db         *gorm.DB
}

// newTweetService reproduces internal/dao/jinzhu/tweets.go:45.
func newTweetService(db *gorm.DB) core.TweetService {
	return &tweetSrv{
		db: db,
	}
}

// newTweetManageService reproduces internal/dao/jinzhu/tweets.go:51.
func newTweetManageService(db *gorm.DB, cacheIndex core.CacheIndexService) core.TweetManageService {
	return &tweetManageSrv{
		cacheIndex: cacheIndex,
		db:         db,
	}
}

// CreatePostCollection reproduces internal/dao/jinzhu/tweets.go:174.
func (s *tweetManageSrv) CreatePostCollection(postID, userID int64) (*ms.PostCollection, error) {
	collection := &dbr.PostCollection{
		PostID: postID,
		UserID: userID,
	}

	return collection.Create(s.db)
}

// DeletePostCollection reproduces internal/dao/jinzhu/tweets.go:183.
func (s *tweetManageSrv) DeletePostCollection(p *ms.PostCollection) error {
	return p.Delete(s.db)
}

// UpdatePost reproduces internal/dao/jinzhu/tweets.go:351.
func (s *tweetManageSrv) UpdatePost(post *ms.Post) (err error) {
	if err = post.Update(s.db); err != nil {
		return
	}
	s.cacheIndex.SendAction(core.IdxActUpdatePost, post)
	return
}

// CreatePostStar reproduces internal/dao/jinzhu/tweets.go:359.
func (s *tweetManageSrv) CreatePostStar(postID, userID int64) (*ms.PostStar, error) {
	star := &dbr.PostStar{
		PostID: postID,
		UserID: userID,
	}
	return star.Create(s.db)
}

// DeletePostStar reproduces internal/dao/jinzhu/tweets.go:367.
func (s *tweetManageSrv) DeletePostStar(p *ms.PostStar) error {
	return p.Delete(s.db)
}

// GetPostByID reproduces internal/dao/jinzhu/tweets.go:371.
func (s *tweetSrv) GetPostByID(id int64) (*ms.Post, error) {
	post := &dbr.Post{
		Model: &dbr.Model{
			ID: id,
		},
	}
	return post.Get(s.db)
}

// GetUserPostStar reproduces internal/dao/jinzhu/tweets.go:513.
func (s *tweetSrv) GetUserPostStar(postID, userID int64) (*ms.PostStar, error) {
	star := &dbr.PostStar{
		PostID: postID,
		UserID: userID,
	}
	return star.Get(s.db)
}

// GetUserPostCollection reproduces internal/dao/jinzhu/tweets.go:584.
func (s *tweetSrv) GetUserPostCollection(postID, userID int64) (*ms.PostCollection, error) {
	star := &dbr.PostCollection{
		PostID: postID,
		UserID: userID,
	}
	return star.Get(s.db)
}

// GetPostAttatchmentBill reproduces internal/dao/jinzhu/tweets.go:626.
func (s *tweetSrv) GetPostAttatchmentBill(postID, userID int64) (*ms.PostAttachmentBill, error) {
	bill := &dbr.PostAttachmentBill{
		PostID: postID,
		UserID: userID,
	}

	return bill.Get(s.db)
}

// GetPostContentsByIDs reproduces internal/dao/jinzhu/tweets.go:635.
func (s *tweetSrv) GetPostContentsByIDs(ids []int64) ([]*ms.PostContent, error) {
	return (&dbr.PostContent{}).List(s.db, &dbr.ConditionsT{
		"post_id IN ?": ids,
		"ORDER":        "sort ASC",
	}, 0, 0)
}

// GetPostContentByID reproduces internal/dao/jinzhu/tweets.go:642.
func (s *tweetSrv) GetPostContentByID(id int64) (*ms.PostContent, error) {
	return (&dbr.PostContent{
		Model: &dbr.Model{
			ID: id,
		},
	}).Get(s.db)
}
