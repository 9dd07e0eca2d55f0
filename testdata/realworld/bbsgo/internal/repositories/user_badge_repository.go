// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// UserBadgeRepository is internal/repositories/user_badge_repository.go:12.
var UserBadgeRepository = newUserBadgeRepository()

// newUserBadgeRepository is internal/repositories/user_badge_repository.go:14.
func newUserBadgeRepository() *userBadgeRepository {
	return &userBadgeRepository{}
}

// userBadgeRepository is internal/repositories/user_badge_repository.go:18.
type userBadgeRepository struct {
}

// FindOne is internal/repositories/user_badge_repository.go:42.
func (r *userBadgeRepository) FindOne(db *gorm.DB, cnd *sqls.Cnd) *models.UserBadge {
	ret := &models.UserBadge{}
	if err := cnd.FindOne(db, &ret); err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/user_badge_repository.go:80.
func (r *userBadgeRepository) Create(db *gorm.DB, t *models.UserBadge) (err error) {
	err = db.Create(t).Error
	return
}

// GetBy is internal/repositories/user_badge_repository.go:104.
func (r *userBadgeRepository) GetBy(db *gorm.DB, userId int64, badgeId int64) *models.UserBadge {
	return r.FindOne(db, sqls.NewCnd().Where("user_id = ? AND badge_id = ?", userId, badgeId))
}
