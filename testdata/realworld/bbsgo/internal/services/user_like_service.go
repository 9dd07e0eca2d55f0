// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"errors"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/pkg/event"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// UserLikeService is internal/services/user_like_service.go:18.
var UserLikeService = newUserLikeService()

// newUserLikeService is internal/services/user_like_service.go:20.
func newUserLikeService() *userLikeService {
	return &userLikeService{}
}

// userLikeService is internal/services/user_like_service.go:24.
type userLikeService struct {
}

// TopicLike 话题点赞
//
// Upstream: internal/services/user_like_service.go:99.
func (s *userLikeService) TopicLike(userId int64, topicId int64) error {
	topic := repositories.TopicRepository.Get(sqls.DB(), topicId)
	if topic == nil || topic.Status != constants.StatusOk {
		return errors.New("topic not found")
	}

	if err := sqls.WithTransaction(func(ctx *sqls.TxContext) error {
		if err := s.like(ctx, userId, constants.EntityTopic, topicId); err != nil {
			return err
		}
		// 更新点赞数
		return repositories.TopicRepository.UpdateColumn(ctx.Tx, topicId, "like_count", gorm.Expr("like_count + 1"))
	}); err != nil {
		return err
	}

	// 发送事件
	event.Send(event.UserLikeEvent{
		UserId:     userId,
		EntityId:   topicId,
		EntityType: constants.EntityTopic,
	})

	return nil
}

// like is internal/services/user_like_service.go:255.
func (s *userLikeService) like(ctx *sqls.TxContext, userId int64, entityType string, entityId int64) error {
	// 判断是否已经点赞了
	if repositories.UserLikeRepository.Exists(ctx.Tx, userId, entityType, entityId) { // race
		return errors.New("already liked")
	}
	// 点赞
	return repositories.UserLikeRepository.Create(ctx.Tx, &models.UserLike{
		UserId:     userId,
		EntityType: entityType,
		EntityId:   entityId,
		CreateTime: dates.NowTimestamp(),
	})
}
