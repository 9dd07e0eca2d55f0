package jinzhu

import (
	"time"

	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
	"example.com/heldout/paopao/pkg/types"
	"gorm.io/gorm"
)

// commentManageSrv reproduces internal/dao/jinzhu/comments.go:23.
type commentManageSrv struct {
	db *gorm.DB
}

// newCommentManageService reproduces internal/dao/jinzhu/comments.go:33.
func newCommentManageService(db *gorm.DB) core.CommentManageService {
	return &commentManageSrv{
		db: db,
	}
}

// ThumbsUpComment reproduces internal/dao/jinzhu/comments.go:221.
func (s *commentManageSrv) ThumbsUpComment(userId int64, tweetId, commentId int64) error {
	db := s.db.Begin()
	defer db.Rollback()

	var (
		thumbsUpCount   int32 = 0
		thumbsDownCount int32 = 0
	)
	commentThumbs := &dbr.TweetCommentThumbs{}
	// 检查thumbs状态
	// race
	err := db.Where("user_id=? AND tweet_id=? AND comment_id=? AND comment_type=0", userId, tweetId, commentId).Take(commentThumbs).Error
	if err == nil {
		switch {
		case commentThumbs.IsThumbsUp == types.Yes && commentThumbs.IsThumbsDown == types.No:
			thumbsUpCount, thumbsDownCount = -1, 0
		case commentThumbs.IsThumbsUp == types.No && commentThumbs.IsThumbsDown == types.No:
			thumbsUpCount, thumbsDownCount = 1, 0
		default:
			thumbsUpCount, thumbsDownCount = 1, -1
			commentThumbs.IsThumbsDown = types.No
		}
		commentThumbs.IsThumbsUp = 1 - commentThumbs.IsThumbsUp
		commentThumbs.ModifiedOn = time.Now().Unix()
	} else {
		commentThumbs = &dbr.TweetCommentThumbs{
			UserID:       userId,
			TweetID:      tweetId,
			CommentID:    commentId,
			IsThumbsUp:   types.Yes,
			IsThumbsDown: types.No,
			CommentType:  0,
			Model: &dbr.Model{
				CreatedOn: time.Now().Unix(),
			},
		}
		thumbsUpCount, thumbsDownCount = 1, 0
	}
	// 更新thumbs状态
	if err = db.Save(commentThumbs).Error; err != nil {
		return err
	}
	// 更新thumbsUpCount
	if err = updateCommentThumbsUpCount(db, &dbr.Comment{}, commentId, thumbsUpCount, thumbsDownCount); err != nil {
		return err
	}
	db.Commit()
	return nil
}

// ThumbsDownComment reproduces internal/dao/jinzhu/comments.go:270.
func (s *commentManageSrv) ThumbsDownComment(userId int64, tweetId, commentId int64) error {
	db := s.db.Begin()
	defer db.Rollback()

	var (
		thumbsUpCount   int32 = 0
		thumbsDownCount int32 = 0
	)
	commentThumbs := &dbr.TweetCommentThumbs{}
	// 检查thumbs状态
	// race
	err := db.Where("user_id=? AND tweet_id=? AND comment_id=? AND comment_type=0", userId, tweetId, commentId).Take(commentThumbs).Error
	if err == nil {
		switch {
		case commentThumbs.IsThumbsDown == types.Yes:
			thumbsUpCount, thumbsDownCount = 0, -1
		case commentThumbs.IsThumbsDown == types.No && commentThumbs.IsThumbsUp == types.No:
			thumbsUpCount, thumbsDownCount = 0, 1
		default:
			thumbsUpCount, thumbsDownCount = -1, 1
			commentThumbs.IsThumbsUp = types.No

		}
		commentThumbs.IsThumbsDown = 1 - commentThumbs.IsThumbsDown
		commentThumbs.ModifiedOn = time.Now().Unix()
	} else {
		commentThumbs = &dbr.TweetCommentThumbs{
			UserID:       userId,
			TweetID:      tweetId,
			CommentID:    commentId,
			IsThumbsUp:   types.No,
			IsThumbsDown: types.Yes,
			CommentType:  0,
			Model: &dbr.Model{
				CreatedOn: time.Now().Unix(),
			},
		}
		thumbsUpCount, thumbsDownCount = 0, 1
	}
	// 更新thumbs状态
	if err = db.Save(commentThumbs).Error; err != nil {
		return err
	}
	// 更新thumbsUpCount
	if err = updateCommentThumbsUpCount(db, &dbr.Comment{}, commentId, thumbsUpCount, thumbsDownCount); err != nil {
		return err
	}
	db.Commit()
	return nil
}

// ThumbsUpReply reproduces internal/dao/jinzhu/comments.go:320.
func (s *commentManageSrv) ThumbsUpReply(userId int64, tweetId, commentId, replyId int64) error {
	db := s.db.Begin()
	defer db.Rollback()

	var (
		thumbsUpCount   int32 = 0
		thumbsDownCount int32 = 0
	)
	commentThumbs := &dbr.TweetCommentThumbs{}
	// 检查thumbs状态
	// race
	err := db.Where("user_id=? AND tweet_id=? AND comment_id=? AND reply_id=? AND comment_type=1", userId, tweetId, commentId, replyId).Take(commentThumbs).Error
	if err == nil {
		switch {
		case commentThumbs.IsThumbsUp == types.Yes:
			thumbsUpCount, thumbsDownCount = -1, 0
		case commentThumbs.IsThumbsUp == types.No && commentThumbs.IsThumbsDown == types.No:
			thumbsUpCount, thumbsDownCount = 1, 0
		default:
			thumbsUpCount, thumbsDownCount = 1, -1
			commentThumbs.IsThumbsDown = types.No
		}
		commentThumbs.IsThumbsUp = 1 - commentThumbs.IsThumbsUp
		commentThumbs.ModifiedOn = time.Now().Unix()
	} else {
		commentThumbs = &dbr.TweetCommentThumbs{
			UserID:       userId,
			TweetID:      tweetId,
			CommentID:    commentId,
			ReplyID:      replyId,
			IsThumbsUp:   types.Yes,
			IsThumbsDown: types.No,
			CommentType:  1,
			Model: &dbr.Model{
				CreatedOn: time.Now().Unix(),
			},
		}
		thumbsUpCount, thumbsDownCount = 1, 0
	}
	// 更新thumbs状态
	if err = db.Save(commentThumbs).Error; err != nil {
		return err
	}
	// 更新thumbsUpCount
	if err = updateCommentThumbsUpCount(db, &dbr.CommentReply{}, replyId, thumbsUpCount, thumbsDownCount); err != nil {
		return err
	}
	db.Commit()
	return nil
}

// ThumbsDownReply reproduces internal/dao/jinzhu/comments.go:370.
func (s *commentManageSrv) ThumbsDownReply(userId int64, tweetId, commentId, replyId int64) error {
	db := s.db.Begin()
	defer db.Rollback()

	var (
		thumbsUpCount   int32 = 0
		thumbsDownCount int32 = 0
	)
	commentThumbs := &dbr.TweetCommentThumbs{}
	// 检查thumbs状态
	// race
	err := db.Where("user_id=? AND tweet_id=? AND comment_id=? AND reply_id=? AND comment_type=1", userId, tweetId, commentId, replyId).Take(commentThumbs).Error
	if err == nil {
		switch {
		case commentThumbs.IsThumbsDown == types.Yes:
			thumbsUpCount, thumbsDownCount = 0, -1
		case commentThumbs.IsThumbsUp == types.No && commentThumbs.IsThumbsDown == types.No:
			thumbsUpCount, thumbsDownCount = 0, 1
		default:
			thumbsUpCount, thumbsDownCount = -1, 1
			commentThumbs.IsThumbsUp = types.No
		}
		commentThumbs.IsThumbsDown = 1 - commentThumbs.IsThumbsDown
		commentThumbs.ModifiedOn = time.Now().Unix()
	} else {
		commentThumbs = &dbr.TweetCommentThumbs{
			UserID:       userId,
			TweetID:      tweetId,
			CommentID:    commentId,
			ReplyID:      replyId,
			IsThumbsUp:   types.No,
			IsThumbsDown: types.Yes,
			CommentType:  1,
			Model: &dbr.Model{
				CreatedOn: time.Now().Unix(),
			},
		}
		thumbsUpCount, thumbsDownCount = 0, 1
	}
	// 更新thumbs状态
	if err = db.Save(commentThumbs).Error; err != nil {
		return err
	}
	// 更新thumbsUpCount
	if err = updateCommentThumbsUpCount(db, &dbr.CommentReply{}, replyId, thumbsUpCount, thumbsDownCount); err != nil {
		return err
	}
	db.Commit()
	return nil
}
