// Package repositories reproduces mlogclub/bbs-go 35f4190d73eb internal/repositories.
package repositories

import (
	"example.com/realworld/bbsgo/internal/models"
	"gorm.io/gorm"
)

// RoleRepository is internal/repositories/role_repository.go:12.
var RoleRepository = newRoleRepository()

// newRoleRepository is internal/repositories/role_repository.go:14.
func newRoleRepository() *roleRepository {
	return &roleRepository{}
}

// roleRepository is internal/repositories/role_repository.go:18.
type roleRepository struct {
}

// Take is internal/repositories/role_repository.go:29.
func (r *roleRepository) Take(db *gorm.DB, where ...interface{}) *models.Role {
	ret := &models.Role{}
	if err := db.Take(ret, where...).Error; err != nil {
		return nil
	}
	return ret
}
