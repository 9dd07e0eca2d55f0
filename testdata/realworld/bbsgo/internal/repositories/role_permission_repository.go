// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// RolePermissionRepository is internal/repositories/role_permission_repository.go:12.
var RolePermissionRepository = newRolePermissionRepository()

// newRolePermissionRepository is internal/repositories/role_permission_repository.go:14.
func newRolePermissionRepository() *rolePermissionRepository {
	return &rolePermissionRepository{}
}

// rolePermissionRepository is internal/repositories/role_permission_repository.go:18.
type rolePermissionRepository struct {
}

// Take is internal/repositories/role_permission_repository.go:29.
func (r *rolePermissionRepository) Take(db *gorm.DB, where ...interface{}) *models.RolePermission {
	ret := &models.RolePermission{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}

// Create is internal/repositories/role_permission_repository.go:69.
func (r *rolePermissionRepository) Create(db *gorm.DB, t *models.RolePermission) error {
	return db.Create(t).Error
}
