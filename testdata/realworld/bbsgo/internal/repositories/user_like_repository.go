// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// UserLikeRepository is internal/repositories/user_like_repository.go:12.
var UserLikeRepository = newUserLikeRepository()

// newUserLikeRepository is internal/repositories/user_like_repository.go:14.
func newUserLikeRepository() *userLikeRepository {
	return &userLikeRepository{}
}

// userLikeRepository is internal/repositories/user_like_repository.go:18.
type userLikeRepository struct {
}

// FindOne is internal/repositories/user_like_repository.go:42.
func (r *userLikeRepository) FindOne(db *gorm.DB, cnd *sqls.Cnd) *models.UserLike {
	ret := &models.UserLike{}
	if err := cnd.FindOne(db, &ret); err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/user_like_repository.go:66.
func (r *userLikeRepository) Create(db *gorm.DB, t *models.UserLike) (err error) {
	err = db.Create(t).Error
	return
}

// Exists is internal/repositories/user_like_repository.go:90.
func (r *userLikeRepository) Exists(db *gorm.DB, userId int64, entityType string, entityId int64) bool {
	return r.FindOne(db, sqls.NewCnd().Eq("user_id", userId).Eq("entity_id", entityId).Eq("entity_type", entityType)) != nil
}
