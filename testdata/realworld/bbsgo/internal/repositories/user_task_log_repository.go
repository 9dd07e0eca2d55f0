// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// UserTaskLogRepository is internal/repositories/user_task_log_repository.go:12.
var UserTaskLogRepository = newUserTaskLogRepository()

// newUserTaskLogRepository is internal/repositories/user_task_log_repository.go:14.
func newUserTaskLogRepository() *userTaskLogRepository {
	return &userTaskLogRepository{}
}

// userTaskLogRepository is internal/repositories/user_task_log_repository.go:18.
type userTaskLogRepository struct {
}

// Create is internal/repositories/user_task_log_repository.go:80.
func (r *userTaskLogRepository) Create(db *gorm.DB, t *models.UserTaskLog) (err error) {
	err = db.Create(t).Error
	return
}
