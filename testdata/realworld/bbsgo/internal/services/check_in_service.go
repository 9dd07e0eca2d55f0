// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"errors"
	"sync"
	"time"

	"example.com/realworld/bbsgo/internal/cache"
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/pkg/event"
	"example.com/realworld/bbsgo/internal/pkg/locales"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
)

// CheckInService is internal/services/check_in_service.go:19.
var CheckInService = newCheckInService()

// newCheckInService is internal/services/check_in_service.go:21.
func newCheckInService() *checkInService {
	return &checkInService{}
}

// checkInService is internal/services/check_in_service.go:25.
type checkInService struct {
	m sync.Mutex
}

// FindOne is internal/services/check_in_service.go:41.
func (s *checkInService) FindOne(cnd *sqls.Cnd) *models.CheckIn {
	return repositories.CheckInRepository.FindOne(sqls.DB(), cnd)
}

// Create is internal/services/check_in_service.go:57.
func (s *checkInService) Create(t *models.CheckIn) error {
	return repositories.CheckInRepository.Create(sqls.DB(), t)
}

// Update is internal/services/check_in_service.go:61.
func (s *checkInService) Update(t *models.CheckIn) error {
	return repositories.CheckInRepository.Update(sqls.DB(), t)
}

// CheckIn is internal/services/check_in_service.go:77.
func (s *checkInService) CheckIn(userId int64) error {
	s.m.Lock()
	defer s.m.Unlock()
	var (
		checkIn         = s.GetByUserId(userId) // safe: in-process lock
		dayName         = dates.GetDay(time.Now())
		yesterdayName   = dates.GetDay(time.Now().Add(-time.Hour * 24))
		consecutiveDays = 1
		err             error
	)

	if checkIn != nil && checkIn.LatestDayName == dayName {
		return errors.New(locales.Get("check_in.already_checked_in"))
	}

	if checkIn != nil && checkIn.LatestDayName == yesterdayName {
		consecutiveDays = checkIn.ConsecutiveDays + 1
	}

	if checkIn == nil {
		err = s.Create(&models.CheckIn{
			Model:           models.Model{},
			UserId:          userId,
			LatestDayName:   dayName,
			ConsecutiveDays: consecutiveDays,
			CreateTime:      dates.NowTimestamp(),
			UpdateTime:      dates.NowTimestamp(),
		})
	} else {
		checkIn.LatestDayName = dayName
		checkIn.ConsecutiveDays = consecutiveDays
		checkIn.UpdateTime = dates.NowTimestamp()
		err = s.Update(checkIn)
	}
	if err == nil {
		// 清理签到排行榜缓存
		cache.UserCache.RefreshCheckInRank()
		// 发送事件（用于任务系统等异步处理）
		event.Send(event.CheckInEvent{
			UserId:  userId,
			DayName: dayName,
		})
	}
	return err
}

// GetByUserId is internal/services/check_in_service.go:123.
func (s *checkInService) GetByUserId(userId int64) *models.CheckIn {
	return s.FindOne(sqls.NewCnd().Eq("user_id", userId))
}
