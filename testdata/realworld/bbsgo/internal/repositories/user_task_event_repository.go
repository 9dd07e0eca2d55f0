// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// UserTaskEventRepository is internal/repositories/user_task_event_repository.go:12.
var UserTaskEventRepository = newUserTaskEventRepository()

// newUserTaskEventRepository is internal/repositories/user_task_event_repository.go:14.
func newUserTaskEventRepository() *userTaskEventRepository {
	return &userTaskEventRepository{}
}

// userTaskEventRepository is internal/repositories/user_task_event_repository.go:18.
type userTaskEventRepository struct {
}

// Take is internal/repositories/user_task_event_repository.go:29.
func (r *userTaskEventRepository) Take(db *gorm.DB, where ...interface{}) *models.UserTaskEvent {
	ret := &models.UserTaskEvent{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/user_task_event_repository.go:80.
func (r *userTaskEventRepository) Create(db *gorm.DB, t *models.UserTaskEvent) (err error) {
	err = db.Create(t).Error
	return
}

// Update is internal/repositories/user_task_event_repository.go:85.
func (r *userTaskEventRepository) Update(db *gorm.DB, t *models.UserTaskEvent) (err error) {
	err = db.Save(t).Error
	return
}
