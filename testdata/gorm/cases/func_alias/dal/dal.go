// Package dal is a repository of roles.
package dal

import (
	"context"

	"gorm.io/gorm"
)

type Role struct {
	ID    uint   `gorm:"primaryKey"`
	Code  string `gorm:"size:32;uniqueIndex"`
	Label string `gorm:"size:64"`
}

// RoleDAL reads and writes roles.
type RoleDAL struct {
	DB *gorm.DB
}

// NewRoleDAL builds the repository over db.
func NewRoleDAL(db *gorm.DB) *RoleDAL { return &RoleDAL{DB: db} }

// GetByCode returns the role of that code.
func (a *RoleDAL) GetByCode(ctx context.Context, code string) (*Role, error) {
	var r Role
	if err := a.DB.WithContext(ctx).Where("code = ?", code).First(&r).Error; err != nil {
		return nil, err
	}
	return &r, nil
}

// Create inserts the role.
func (a *RoleDAL) Create(ctx context.Context, r *Role) error {
	return a.DB.WithContext(ctx).Create(r).Error
}
