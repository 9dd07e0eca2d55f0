// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"errors"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/pkg/event"
	"example.com/realworld/bbsgo/internal/pkg/locales"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
)

// FavoriteService is internal/services/favorite_service.go:18.
var FavoriteService = newFavoriteService()

// newFavoriteService is internal/services/favorite_service.go:20.
func newFavoriteService() *favoriteService {
	return &favoriteService{}
}

// favoriteService is internal/services/favorite_service.go:24.
type favoriteService struct {
}

// IsFavorited is internal/services/favorite_service.go:71.
func (s *favoriteService) IsFavorited(userId int64, entityType string, entityId int64) bool {
	return repositories.FavoriteRepository.Take(sqls.DB(), "user_id = ? and entity_type = ? and entity_id = ?",
		userId, entityType, entityId) != nil
}

// AddTopicFavorite 收藏主题
//
// Upstream: internal/services/favorite_service.go:91.
func (s *favoriteService) AddTopicFavorite(userId, topicId int64) error {
	topic := repositories.TopicRepository.Get(sqls.DB(), topicId)
	if topic == nil || topic.Status != constants.StatusOk {
		return errors.New(locales.Get("favorite.topic_not_found"))
	}
	return s.addFavorite(userId, constants.EntityTopic, topicId)
}

// addFavorite is internal/services/favorite_service.go:99.
func (s *favoriteService) addFavorite(userId int64, entityType string, entityId int64) error {
	// 已经收藏
	if s.IsFavorited(userId, entityType, entityId) { // race
		return nil
	}
	if err := repositories.FavoriteRepository.Create(sqls.DB(), &models.Favorite{
		UserId:     userId,
		EntityType: entityType,
		EntityId:   entityId,
		CreateTime: dates.NowTimestamp(),
	}); err != nil {
		return err
	}

	// 发送事件
	event.Send(event.UserFavoriteEvent{
		UserId:     userId,
		EntityId:   entityId,
		EntityType: entityType,
	})
	return nil
}
