// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"example.com/realworld/bbsgo/internal/cache"
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/pkg/event"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"github.com/emirpasic/gods/sets/hashset"
	"gorm.io/gorm"
)

// UserFollowService is internal/services/user_follow_service.go:18.
var UserFollowService = newUserFollowService()

// newUserFollowService is internal/services/user_follow_service.go:20.
func newUserFollowService() *userFollowService {
	return &userFollowService{}
}

// userFollowService is internal/services/user_follow_service.go:24.
type userFollowService struct {
}

// Find is internal/services/user_follow_service.go:35.
func (s *userFollowService) Find(cnd *sqls.Cnd) []models.UserFollow {
	return repositories.UserFollowRepository.Find(sqls.DB(), cnd)
}

// Follow is internal/services/user_follow_service.go:75.
func (s *userFollowService) Follow(userId, otherId int64) error {
	if userId == otherId {
		// 自己关注自己，不进行处理。
		// return errors.New("自己不能关注自己")
		return nil
	}

	if s.IsFollowed(userId, otherId) { // race
		return nil
	}

	err := sqls.DB().Transaction(func(tx *gorm.DB) error {
		// 如果对方也关注了我，那么更新状态为互相关注
		otherFollowed := tx.Exec("update t_user_follow set status = ? where user_id = ? and other_id = ?",
			constants.FollowStatusBoth, otherId, userId).RowsAffected > 0
		status := constants.FollowStatusFollow
		if otherFollowed {
			status = constants.FollowStatusBoth
		}

		if err := repositories.UserRepository.Updates(tx, userId, map[string]interface{}{
			"follow_count": gorm.Expr("follow_count + 1"),
		}); err != nil {
			return err
		}
		cache.UserCache.Invalidate(userId)

		if err := repositories.UserRepository.Updates(tx, otherId, map[string]interface{}{
			"fans_count": gorm.Expr("fans_count + 1"),
		}); err != nil {
			return err
		}
		cache.UserCache.Invalidate(otherId)

		return repositories.UserFollowRepository.Create(tx, &models.UserFollow{
			UserId:     userId,
			OtherId:    otherId,
			Status:     status,
			CreateTime: dates.NowTimestamp(),
		})
	})
	if err != nil {
		return err
	}

	// 发送mq消息
	event.Send(event.FollowEvent{
		UserId:  userId,
		OtherId: otherId,
	})
	return nil
}

// UnFollow is internal/services/user_follow_service.go:128.
func (s *userFollowService) UnFollow(userId, otherId int64) error {
	if userId == otherId {
		// 自己关注自己，不进行处理。
		return nil
	}
	if !s.IsFollowed(userId, otherId) { // safe: guards a delete only
		return nil
	}
	err := sqls.DB().Transaction(func(tx *gorm.DB) error {
		success := tx.Where("user_id = ? and other_id = ?", userId, otherId).Delete(models.UserFollow{}).RowsAffected > 0
		if success {
			tx.Exec("update t_user_follow set status = ? where user_id = ? and other_id = ?",
				constants.FollowStatusFollow, otherId, userId)
		}

		if err := tx.Model(&models.User{}).Where("id = ? and follow_count > 0", userId).Updates(map[string]interface{}{
			"follow_count": gorm.Expr("follow_count - 1"),
		}).Error; err != nil {
			return err
		}
		cache.UserCache.Invalidate(userId)

		if err := tx.Model(&models.User{}).Where("id = ? and fans_count > 0", otherId).Updates(map[string]interface{}{
			"fans_count": gorm.Expr("fans_count - 1"),
		}).Error; err != nil {
			return err
		}
		cache.UserCache.Invalidate(otherId)

		return nil
	})
	if err != nil {
		return err
	}

	// 发送mq消息
	event.Send(event.UnFollowEvent{
		UserId:  userId,
		OtherId: otherId,
	})
	return nil
}

// IsFollowed is internal/services/user_follow_service.go:243.
func (s *userFollowService) IsFollowed(userId, otherId int64) bool {
	if userId == otherId {
		return false
	}
	set := s.IsFollowedUsers(userId, otherId)
	return set.Contains(otherId)
}

// IsFollowedUsers is internal/services/user_follow_service.go:251.
func (s *userFollowService) IsFollowedUsers(userId int64, otherIds ...int64) hashset.Set {
	set := hashset.New()
	list := s.Find(sqls.NewCnd().Eq("user_id", userId).In("other_id", otherIds))
	for _, follow := range list {
		set.Add(follow.OtherId)
	}
	return *set
}
