// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"example.com/realworld/bbsgo/internal/cache"
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
)

// UserBadgeService is internal/services/user_badge_service.go:14.
var UserBadgeService = newUserBadgeService()

// newUserBadgeService is internal/services/user_badge_service.go:16.
func newUserBadgeService() *userBadgeService {
	return &userBadgeService{}
}

// userBadgeService is internal/services/user_badge_service.go:20.
type userBadgeService struct {
}

// Give is internal/services/user_badge_service.go:51.
func (s *userBadgeService) Give(ctx *sqls.TxContext, userId int64, badgeId int64, sourceType string, sourceId string) error {
	if repositories.UserBadgeRepository.GetBy(ctx.Tx, userId, badgeId) != nil { // race
		return nil
	}
	err := repositories.UserBadgeRepository.Create(ctx.Tx, &models.UserBadge{
		UserId:     userId,
		BadgeId:    badgeId,
		SourceType: sourceType,
		SourceId:   sourceId,
		IsWorn:     false,
		SortNo:     0,
		CreateTime: dates.NowTimestamp(),
		UpdateTime: dates.NowTimestamp(),
	})
	if err != nil {
		return err
	}
	cache.UserBadgeCache.Invalidate(userId)
	return nil
}
