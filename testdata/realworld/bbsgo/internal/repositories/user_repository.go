// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// UserRepository is internal/repositories/user_repository.go:12.
var UserRepository = newUserRepository()

// newUserRepository is internal/repositories/user_repository.go:14.
func newUserRepository() *userRepository {
	return &userRepository{}
}

// userRepository is internal/repositories/user_repository.go:18.
type userRepository struct {
}

// Get is internal/repositories/user_repository.go:21.
func (r *userRepository) Get(db *gorm.DB, id int64) *models.User {
	ret := &models.User{}
	if err := db.First(ret, "id = ?", id).Error; err != nil {
		return nil
	}
	return ret
}

// Take is internal/repositories/user_repository.go:29.
func (r *userRepository) Take(db *gorm.DB, where ...interface{}) *models.User {
	ret := &models.User{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/user_repository.go:70.
func (r *userRepository) Create(db *gorm.DB, t *models.User) (err error) {
	err = db.Create(t).Error
	return
}

// Update is internal/repositories/user_repository.go:75.
func (r *userRepository) Update(db *gorm.DB, t *models.User) (err error) {
	err = db.Save(t).Error
	return
}

// Updates is internal/repositories/user_repository.go:80.
func (r *userRepository) Updates(db *gorm.DB, id int64, columns map[string]interface{}) (err error) {
	err = db.Model(&models.User{}).Where("id = ?", id).Updates(columns).Error
	return
}

// GetByEmail is internal/repositories/user_repository.go:94.
func (r *userRepository) GetByEmail(db *gorm.DB, email string) *models.User {
	return r.Take(db, "email = ?", email)
}

// GetByUsername is internal/repositories/user_repository.go:98.
func (r *userRepository) GetByUsername(db *gorm.DB, username string) *models.User {
	return r.Take(db, "username = ?", username)
}
