package dbr

import (
	"gorm.io/gorm"
)

// UserMetric reproduces internal/dao/jinzhu/dbr/metrics.go:31.
type UserMetric struct {
	*Model
	UserId         int64
	TweetsCount    int
	LatestTrendsOn int64
}

// Create reproduces internal/dao/jinzhu/dbr/metrics.go:62.
func (m *UserMetric) Create(db *gorm.DB) (*UserMetric, error) {
	err := db.Create(&m).Error
	return m, err
}
