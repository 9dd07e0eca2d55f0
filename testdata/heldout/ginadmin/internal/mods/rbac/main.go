// Package rbac reproduces internal/mods/rbac/main.go of gin-admin: start-up
// (AutoMigrate, menu seed) of the RBAC module.
package rbac

import (
	"context"
	"path/filepath"

	"example.com/heldout/ginadmin/internal/config"
	"example.com/heldout/ginadmin/internal/mods/rbac/api"
	"example.com/heldout/ginadmin/internal/mods/rbac/schema"
	"example.com/heldout/ginadmin/pkg/logging"
	"example.com/heldout/ginadmin/third_party/zap"
	"gorm.io/gorm"
)

// RBAC reproduces main.go:16 (LoginAPI, LoggerAPI and Casbinx dropped).
type RBAC struct {
	DB      *gorm.DB
	MenuAPI *api.Menu
	RoleAPI *api.Role
	UserAPI *api.User
}

// AutoMigrate reproduces main.go:26: the tables and indexes come from the
// GORM tags of the schema structs; there are no SQL migrations.
func (a *RBAC) AutoMigrate(ctx context.Context) error {
	return a.DB.AutoMigrate(
		new(schema.Menu),
		new(schema.MenuResource),
		new(schema.Role),
		new(schema.RoleMenu),
		new(schema.User),
		new(schema.UserRole),
	)
}

// Init reproduces main.go:37, called once per process by
// internal/bootstrap/bootstrap.go:77 (injector.M.Init -> Mods.Init) before the
// HTTP server starts (:85). A seed error is only logged (:51).
func (a *RBAC) Init(ctx context.Context) error {
	if config.C.Storage.DB.AutoMigrate {
		if err := a.AutoMigrate(ctx); err != nil {
			return err
		}
	}

	if name := config.C.General.MenuFile; name != "" {
		fullPath := filepath.Join(config.C.General.WorkDir, name)
		if err := a.MenuAPI.MenuBIZ.InitFromFile(ctx, fullPath); err != nil {
			logging.Context(ctx).Error("failed to init menu data", zap.Error(err), zap.String("file", fullPath))
		}
	}

	return nil
}
