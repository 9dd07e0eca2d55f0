// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/third_party/simple/common/strs"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// TaskConfigRepository is internal/repositories/task_config_repository.go:14.
var TaskConfigRepository = newTaskConfigRepository()

// newTaskConfigRepository is internal/repositories/task_config_repository.go:16.
func newTaskConfigRepository() *taskConfigRepository {
	return &taskConfigRepository{}
}

// taskConfigRepository is internal/repositories/task_config_repository.go:20.
type taskConfigRepository struct {
}

// FindByEventType is internal/repositories/task_config_repository.go:31.
func (r *taskConfigRepository) FindByEventType(eventType string) (list []models.TaskConfig) {
	if strs.IsBlank(eventType) {
		return nil
	}
	return r.Find(sqls.DB(), sqls.NewCnd().
		Eq("event_type", eventType).
		Eq("status", constants.StatusOk).
		Asc("sort_no"))
}

// Find is internal/repositories/task_config_repository.go:49.
func (r *taskConfigRepository) Find(db *gorm.DB, cnd *sqls.Cnd) (list []models.TaskConfig) {
	cnd.Find(db, &list)
	return
}
