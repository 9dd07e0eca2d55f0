// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// UserFollowRepository is internal/repositories/user_follow_repository.go:12.
var UserFollowRepository = newUserFollowRepository()

// newUserFollowRepository is internal/repositories/user_follow_repository.go:14.
func newUserFollowRepository() *userFollowRepository {
	return &userFollowRepository{}
}

// userFollowRepository is internal/repositories/user_follow_repository.go:18.
type userFollowRepository struct {
}

// Find is internal/repositories/user_follow_repository.go:37.
func (r *userFollowRepository) Find(db *gorm.DB, cnd *sqls.Cnd) (list []models.UserFollow) {
	cnd.Find(db, &list)
	return
}

// Create is internal/repositories/user_follow_repository.go:70.
func (r *userFollowRepository) Create(db *gorm.DB, t *models.UserFollow) (err error) {
	err = db.Create(t).Error
	return
}
