package dal

import (
	"context"

	"example.com/heldout/ginadmin/internal/mods/rbac/schema"
	"example.com/heldout/ginadmin/pkg/errors"
	"example.com/heldout/ginadmin/pkg/util"
	"gorm.io/gorm"
)

// GetMenuResourceDB reproduces internal/mods/rbac/dal/menu_resource.dal.go:13.
func GetMenuResourceDB(ctx context.Context, defDB *gorm.DB) *gorm.DB {
	return util.GetDB(ctx, defDB).Model(new(schema.MenuResource))
}

// MenuResource reproduces menu_resource.dal.go:18.
type MenuResource struct {
	DB *gorm.DB
}

// Exists reproduces menu_resource.dal.go:68.
func (a *MenuResource) Exists(ctx context.Context, id string) (bool, error) {
	ok, err := util.Exists(ctx, GetMenuResourceDB(ctx, a.DB).Where("id=?", id))
	return ok, errors.WithStack(err)
}

// ExistsMethodPathByMenuID reproduces menu_resource.dal.go:74.
func (a *MenuResource) ExistsMethodPathByMenuID(ctx context.Context, method, path, menuID string) (bool, error) {
	ok, err := util.Exists(ctx, GetMenuResourceDB(ctx, a.DB).Where("method=? AND path=? AND menu_id=?", method, path, menuID))
	return ok, errors.WithStack(err)
}

// Create reproduces menu_resource.dal.go:80: a plain INSERT.
func (a *MenuResource) Create(ctx context.Context, item *schema.MenuResource) error {
	result := GetMenuResourceDB(ctx, a.DB).Create(item)
	return errors.WithStack(result.Error)
}

// DeleteByMenuID reproduces menu_resource.dal.go:98.
func (a *MenuResource) DeleteByMenuID(ctx context.Context, menuID string) error {
	result := GetMenuResourceDB(ctx, a.DB).Where("menu_id=?", menuID).Delete(new(schema.MenuResource))
	return errors.WithStack(result.Error)
}
