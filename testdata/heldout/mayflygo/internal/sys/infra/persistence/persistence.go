package persistence

import (
	"example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/internal/sys/domain/repository"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/sys/infra/persistence/account.go
type AccountRepoImpl struct {
	base.RepoImpl[*entity.Account]
}

func newAccountRepo() repository.Account {
	return &AccountRepoImpl{}
}

// server/internal/sys/infra/persistence/account_role.go
type accountRoleRepoImpl struct {
	base.RepoImpl[*entity.AccountRole]
}

func newAccountRoleRepo() repository.AccountRole {
	return &accountRoleRepoImpl{}
}

// server/internal/sys/infra/persistence/config.go
type configRepoImpl struct {
	base.RepoImpl[*entity.Config]
}

func newConfigRepo() repository.Config {
	return &configRepoImpl{}
}

// server/internal/sys/infra/persistence/resource.go
type resourceRepoImpl struct {
	base.RepoImpl[*entity.Resource]
}

func newResourceRepo() repository.Resource {
	return &resourceRepoImpl{}
}

// server/internal/sys/infra/persistence/role.go
type roleRepoImpl struct {
	base.RepoImpl[*entity.Role]
}

func newRoleRepo() repository.Role {
	return &roleRepoImpl{}
}

// server/internal/sys/infra/persistence/role_resource.go
type roleResourceRepoImpl struct {
	base.RepoImpl[*entity.RoleResource]
}

func newRoleResourceRepo() repository.RoleResource {
	return &roleResourceRepoImpl{}
}

// 获取角色拥有的资源id数组 (role_resource.go:18)
func (m *roleResourceRepoImpl) GetRoleResourceIds(roleId uint64) []uint64 {
	rrs, _ := m.SelectByCond(&entity.RoleResource{RoleId: roleId}, "ResourceId")

	var rids []uint64
	for _, v := range rrs {
		rids = append(rids, v.ResourceId)
	}
	return rids
}

// InitIoc (persistence.go:7) registers the repositories in the ioc container;
// here they are returned for the application layer.
func InitIoc() (repository.Account, repository.AccountRole, repository.Config, repository.Resource, repository.Role, repository.RoleResource) {
	return newAccountRepo(), newAccountRoleRepo(), newConfigRepo(), newResourceRepo(), newRoleRepo(), newRoleResourceRepo()
}
