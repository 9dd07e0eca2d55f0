// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// PermissionRepository is internal/repositories/permission_repository.go:12.
var PermissionRepository = newPermissionRepository()

// newPermissionRepository is internal/repositories/permission_repository.go:14.
func newPermissionRepository() *permissionRepository {
	return &permissionRepository{}
}

// permissionRepository is internal/repositories/permission_repository.go:18.
type permissionRepository struct {
}

// Take is internal/repositories/permission_repository.go:29.
func (r *permissionRepository) Take(db *gorm.DB, where ...interface{}) *models.Permission {
	ret := &models.Permission{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/permission_repository.go:69.
func (r *permissionRepository) Create(db *gorm.DB, t *models.Permission) error {
	return db.Create(t).Error
}

// Update is internal/repositories/permission_repository.go:73.
func (r *permissionRepository) Update(db *gorm.DB, t *models.Permission) error {
	return db.Save(t).Error
}
