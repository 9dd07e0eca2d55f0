package repository

import (
	"example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/pkg/base"
)

// server/internal/sys/domain/repository/account.go
type Account interface {
	base.Repo[*entity.Account]
}

// server/internal/sys/domain/repository/config.go
type Config interface {
	base.Repo[*entity.Config]
}

// server/internal/sys/domain/repository/resource.go
type Resource interface {
	base.Repo[*entity.Resource]
}

// server/internal/sys/domain/repository/role.go
type Role interface {
	base.Repo[*entity.Role]
}

type AccountRole interface {
	base.Repo[*entity.AccountRole]
}

type RoleResource interface {
	base.Repo[*entity.RoleResource]

	// 获取角色拥有的资源id数组，从role_resource表获取
	GetRoleResourceIds(roleId uint64) []uint64
}
