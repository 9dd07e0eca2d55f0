package application

import (
	"context"
	"time"

	"example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/internal/sys/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/contextx"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/model"
	"example.com/heldout/mayflygo/pkg/utils/collx"
)

// AccountRoleRelateType is server/internal/sys/consts.AccountRoleRelateType.
type AccountRoleRelateType int

const (
	AccountRoleBind   AccountRoleRelateType = 1
	AccountRoleUnbind AccountRoleRelateType = -1
)

// server/internal/sys/application/role.go
type Role interface {
	base.App[*entity.Role]

	GetRoleResourceIds(roleId uint64) []uint64

	// 保存角色资源关联记录
	SaveRoleResource(ctx context.Context, roleId uint64, resourceIds []uint64) error

	// 关联账号角色
	RelateAccountRole(ctx context.Context, accountId, roleId uint64, relateType AccountRoleRelateType) error
}

type roleAppImpl struct {
	base.AppImpl[*entity.Role, repository.Role]

	accountRoleRepo  repository.AccountRole  `inject:"T"`
	roleResourceRepo repository.RoleResource `inject:"T"`
}

var _ (Role) = (*roleAppImpl)(nil)

func (m *roleAppImpl) GetRoleResourceIds(roleId uint64) []uint64 {
	return m.roleResourceRepo.GetRoleResourceIds(roleId)
}

// SaveRoleResource (role.go:97): POST /sys/roles/:id/resources (api/role.go:103).
func (m *roleAppImpl) SaveRoleResource(ctx context.Context, roleId uint64, resourceIds []uint64) error {
	// preload of the role's resource ids; ids missing from it are inserted: two
	// concurrent saves of the same role both miss a new id and both insert it.
	oIds := m.GetRoleResourceIds(roleId) // race; no unique key: t_sys_role_resource (role_id, resource_id) has no unique tag (entity/role.go:27) nor UNIQUE KEY (mayfly-go.sql:895-905)

	addIds, delIds, _ := collx.ArrayCompare(resourceIds, oIds)

	la := contextx.GetLoginAccount(ctx)
	createTime := time.Now()
	creator := la.Username
	creatorId := la.Id
	undeleted := model.ModelUndeleted

	addVals := make([]*entity.RoleResource, 0)
	for _, v := range addIds {
		rr := &entity.RoleResource{RoleId: roleId, ResourceId: v, CreateTime: &createTime, CreatorId: creatorId, Creator: creator}
		rr.IsDeleted = undeleted
		addVals = append(addVals, rr)
	}

	return m.Tx(ctx, func(ctx context.Context) error {
		if len(addVals) > 0 {
			return m.roleResourceRepo.BatchInsert(ctx, addVals)
		}
		return nil
	}, func(ctx context.Context) error {
		if len(delIds) > 0 {
			return m.roleResourceRepo.DeleteByCond(ctx, model.NewCond().In("resource_id", delIds))
		}
		return nil
	})
}

// RelateAccountRole (role.go:128): POST /sys/accounts/roles (api/account.go:313).
func (m *roleAppImpl) RelateAccountRole(ctx context.Context, accountId, roleId uint64, relateType AccountRoleRelateType) error {
	accountRole := &entity.AccountRole{AccountId: accountId, RoleId: roleId}
	if relateType == AccountRoleUnbind {
		return m.accountRoleRepo.DeleteByCond(ctx, accountRole)
	}

	err := m.accountRoleRepo.GetByCond(accountRole) // race; no unique key: t_sys_account_role (account_id, role_id) has no unique tag (entity/role.go:42) nor UNIQUE KEY (mayfly-go.sql:629-639)
	if err == nil {
		return errorx.NewBiz("The user already owns the role")
	}

	la := contextx.GetLoginAccount(ctx)
	createTime := time.Now()
	accountRole.Creator = la.Username
	accountRole.CreatorId = la.Id
	accountRole.CreateTime = &createTime
	return m.accountRoleRepo.Insert(ctx, accountRole)
}
