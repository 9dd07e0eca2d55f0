// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// SysConfigRepository is internal/repositories/sys_config_repository.go:12.
var SysConfigRepository = newSysConfigRepository()

// newSysConfigRepository is internal/repositories/sys_config_repository.go:14.
func newSysConfigRepository() *sysConfigRepository {
	return &sysConfigRepository{}
}

// sysConfigRepository is internal/repositories/sys_config_repository.go:18.
type sysConfigRepository struct {
}

// Take is internal/repositories/sys_config_repository.go:29.
func (r *sysConfigRepository) Take(db *gorm.DB, where ...interface{}) *models.SysConfig {
	ret := &models.SysConfig{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/sys_config_repository.go:66.
func (r *sysConfigRepository) Create(db *gorm.DB, t *models.SysConfig) (err error) {
	err = db.Create(t).Error
	return
}

// Update is internal/repositories/sys_config_repository.go:71.
func (r *sysConfigRepository) Update(db *gorm.DB, t *models.SysConfig) (err error) {
	err = db.Save(t).Error
	return
}

// GetByKey is internal/repositories/sys_config_repository.go:90.
func (r *sysConfigRepository) GetByKey(db *gorm.DB, key string) *models.SysConfig {
	if len(key) == 0 {
		return nil
	}
	return r.Take(db, &models.SysConfig{Key: key})
}
