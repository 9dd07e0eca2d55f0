package repository

import (
	"context"

	"example.com/heldout/webook/internal/permission/internal/domain"
	"example.com/heldout/webook/internal/permission/internal/repository/dao"
)

// PermissionRepository reproduces internal/permission/internal/repository/repository.go:25.
type PermissionRepository interface {
	CreatePersonalPermission(ctx context.Context, ps []domain.Permission) error
	HasPersonalPermission(ctx context.Context, p domain.Permission) (bool, error)
}

type permissionRepository struct {
	dao dao.PermissionDAO
}

func NewPermissionRepository(dao dao.PermissionDAO) PermissionRepository {
	return &permissionRepository{dao: dao}
}

// CreatePersonalPermission reproduces repository.go:39.
func (r *permissionRepository) CreatePersonalPermission(ctx context.Context, ps []domain.Permission) error {
	entities := make([]dao.PersonalPermission, 0, len(ps))
	for _, src := range ps {
		entities = append(entities, r.toEntity(src))
	}
	return r.dao.CreatePersonalPermission(ctx, entities)
}

func (r *permissionRepository) HasPersonalPermission(ctx context.Context, perm domain.Permission) (bool, error) {
	count, err := r.dao.CountPersonalPermission(ctx, r.toEntity(perm))
	return count > 0, err
}

func (r *permissionRepository) toEntity(p domain.Permission) dao.PersonalPermission {
	return dao.PersonalPermission{
		Uid:   p.Uid,
		Biz:   p.Biz,
		BizId: p.BizID,
		Desc:  p.Desc,
	}
}
