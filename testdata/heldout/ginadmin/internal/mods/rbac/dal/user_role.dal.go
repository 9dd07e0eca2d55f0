package dal

import (
	"context"

	"example.com/heldout/ginadmin/internal/mods/rbac/schema"
	"example.com/heldout/ginadmin/pkg/errors"
	"example.com/heldout/ginadmin/pkg/util"
	"gorm.io/gorm"
)

// GetUserRoleDB reproduces internal/mods/rbac/dal/user_role.dal.go.
func GetUserRoleDB(ctx context.Context, defDB *gorm.DB) *gorm.DB {
	return util.GetDB(ctx, defDB).Model(new(schema.UserRole))
}

// UserRole reproduces user_role.dal.go.
type UserRole struct {
	DB *gorm.DB
}

// Create reproduces user_role.dal.go:83.
func (a *UserRole) Create(ctx context.Context, item *schema.UserRole) error {
	result := GetUserRoleDB(ctx, a.DB).Create(item)
	return errors.WithStack(result.Error)
}

// DeleteByUserID reproduces user_role.dal.go:100.
func (a *UserRole) DeleteByUserID(ctx context.Context, userID string) error {
	result := GetUserRoleDB(ctx, a.DB).Where("user_id=?", userID).Delete(new(schema.UserRole))
	return errors.WithStack(result.Error)
}

// DeleteByRoleID reproduces user_role.dal.go:105.
func (a *UserRole) DeleteByRoleID(ctx context.Context, roleID string) error {
	result := GetUserRoleDB(ctx, a.DB).Where("role_id=?", roleID).Delete(new(schema.UserRole))
	return errors.WithStack(result.Error)
}
