// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// FavoriteRepository is internal/repositories/favorite_repository.go:12.
var FavoriteRepository = newFavoriteRepository()

// newFavoriteRepository is internal/repositories/favorite_repository.go:14.
func newFavoriteRepository() *favoriteRepository {
	return &favoriteRepository{}
}

// favoriteRepository is internal/repositories/favorite_repository.go:18.
type favoriteRepository struct {
}

// Take is internal/repositories/favorite_repository.go:29.
func (r *favoriteRepository) Take(db *gorm.DB, where ...interface{}) *models.Favorite {
	ret := &models.Favorite{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/favorite_repository.go:66.
func (r *favoriteRepository) Create(db *gorm.DB, t *models.Favorite) (err error) {
	err = db.Create(t).Error
	return
}
