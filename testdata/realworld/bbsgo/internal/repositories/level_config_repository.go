// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// LevelConfigRepository is internal/repositories/level_config_repository.go:12.
var LevelConfigRepository = newLevelConfigRepository()

// newLevelConfigRepository is internal/repositories/level_config_repository.go:14.
func newLevelConfigRepository() *levelConfigRepository {
	return &levelConfigRepository{}
}

// levelConfigRepository is internal/repositories/level_config_repository.go:18.
type levelConfigRepository struct {
}

// Find is internal/repositories/level_config_repository.go:37.
func (r *levelConfigRepository) Find(db *gorm.DB, cnd *sqls.Cnd) (list []models.LevelConfig) {
	cnd.Find(db, &list)
	return
}

// Create is internal/repositories/level_config_repository.go:80.
func (r *levelConfigRepository) Create(db *gorm.DB, t *models.LevelConfig) (err error) {
	err = db.Create(t).Error
	return
}

// Update is internal/repositories/level_config_repository.go:85.
func (r *levelConfigRepository) Update(db *gorm.DB, t *models.LevelConfig) (err error) {
	err = db.Save(t).Error
	return
}

// Updates is internal/repositories/level_config_repository.go:90.
func (r *levelConfigRepository) Updates(db *gorm.DB, id int64, columns map[string]interface{}) (err error) {
	err = db.Model(&models.LevelConfig{}).Where("id = ?", id).Updates(columns).Error
	return
}
