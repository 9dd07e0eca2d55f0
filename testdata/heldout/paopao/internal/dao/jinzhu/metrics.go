package jinzhu

import (
	"example.com/heldout/paopao/internal/core"
	"example.com/heldout/paopao/internal/dao/jinzhu/dbr"
	"gorm.io/gorm"
)

// userMetricSrvA reproduces internal/dao/jinzhu/metrics.go:24.
type userMetricSrvA struct {
	db *gorm.DB
}

// AddUserMetric reproduces internal/dao/jinzhu/metrics.go:79.
func (s *userMetricSrvA) AddUserMetric(userId int64) (err error) {
	_, err = (&dbr.UserMetric{UserId: userId}).Create(s.db)
	return
}

// newUserMetricServentA reproduces internal/dao/jinzhu/metrics.go:100.
func newUserMetricServentA(db *gorm.DB) core.UserMetricServantA {
	return &userMetricSrvA{
		db: db,
	}
}
