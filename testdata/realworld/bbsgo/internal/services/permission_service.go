// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"fmt"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/permissions"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
	"gorm.io/gorm"
)

// PermissionService is internal/services/permission_service.go:18.
var PermissionService = newPermissionService()

// newPermissionService is internal/services/permission_service.go:20.
func newPermissionService() *permissionService {
	return &permissionService{}
}

// permissionService is internal/services/permission_service.go:24.
type permissionService struct {
}

// SyncDefinitions is internal/services/permission_service.go:39.
func (s *permissionService) SyncDefinitions() error {
	return sqls.WithTransaction(func(ctx *sqls.TxContext) error {
		return s.syncDefinitions(ctx.Tx)
	})
}

// syncDefinitions is internal/services/permission_service.go:45.
func (s *permissionService) syncDefinitions(db *gorm.DB) error {
	now := dates.NowTimestamp()
	// language selection (config.Instance.Language) trimmed

	seen := make(map[string]struct{}, len(permissions.Permissions))
	synced := make([]models.Permission, 0, len(permissions.Permissions))
	for _, seed := range permissions.Permissions {
		if !seed.IsValid() {
			return fmt.Errorf("invalid permission definition: %+v", seed)
		}
		if _, ok := seen[seed.Code]; ok {
			return fmt.Errorf("duplicate permission definition: %s", seed.Code)
		}
		seen[seed.Code] = struct{}{}

		name := seed.NameZh

		permission := repositories.PermissionRepository.Take(db, "code = ?", seed.Code) // race
		if permission == nil {
			permission = &models.Permission{
				Type:       seed.Type,
				Code:       seed.Code,
				CreateTime: now,
			}
		}
		permission.Name = name
		permission.GroupName = seed.GroupName
		permission.Description = seed.Description
		permission.SortNo = seed.SortNo
		permission.Status = constants.StatusOk
		permission.UpdateTime = now

		if permission.Id > 0 {
			if err := repositories.PermissionRepository.Update(db, permission); err != nil {
				return err
			}
		} else if err := repositories.PermissionRepository.Create(db, permission); err != nil {
			return err
		}
		synced = append(synced, *permission)
	}

	owner := repositories.RoleRepository.Take(db, "code = ?", constants.RoleOwner)
	if owner != nil {
		for _, permission := range synced {
			existing := repositories.RolePermissionRepository.Take(db, "role_id = ? and permission_id = ?", owner.Id, permission.Id) // race
			if existing != nil {
				continue
			}
			if err := repositories.RolePermissionRepository.Create(db, &models.RolePermission{
				RoleId:       owner.Id,
				PermissionId: permission.Id,
				CreateTime:   now,
			}); err != nil {
				return err
			}
		}
	}

	// s.ClearCache() trimmed
	return nil
}
