package models

import (
	"example.com/heldout/nightingale/pkg/ctx"
	"github.com/pkg/errors"
)

// Role reproduces models/role.go:8 (table role, docker/initsql/a-n9e.sql:70-76:
// PRIMARY KEY (id), UNIQUE KEY (name); a-n9e-for-Postgres.sql:78 UNIQUE (name).
// The ormx auto-init struct InitRole, pkg/ormx/database_init.go:136, tags the
// column `uniqueIdx`, which gorm does not know, so a database created by that
// path has no unique index on role.name).
type Role struct {
	Id   int64  `json:"id" gorm:"primaryKey"`
	Name string `json:"name"`
	Note string `json:"note"`
}

func (Role) TableName() string {
	return "role"
}

// Add reproduces models/role.go:32 (lookup :33, insert :42).
func (r *Role) Add(ctx *ctx.Context) error {
	role, err := RoleGet(ctx, "name = ?", r.Name) // race
	if err != nil {
		return errors.WithMessage(err, "failed to query user")
	}

	if role != nil {
		return errors.New("role name already exists")
	}

	return DB(ctx).Create(r).Error
}

// RoleGet reproduces models/role.go:55.
func RoleGet(ctx *ctx.Context, where string, args ...interface{}) (*Role, error) {
	var lst []*Role
	err := DB(ctx).Where(where, args...).Find(&lst).Error
	if err != nil {
		return nil, err
	}

	if len(lst) == 0 {
		return nil, nil
	}

	return lst[0], nil
}
