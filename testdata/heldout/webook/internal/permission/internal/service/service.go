package service

import (
	"context"

	"example.com/heldout/webook/internal/permission/internal/domain"
	"example.com/heldout/webook/internal/permission/internal/repository"
)

// Service reproduces internal/permission/internal/service/service.go:25.
type Service interface {
	CreatePersonalPermission(ctx context.Context, ps []domain.Permission) error
	HasPermission(ctx context.Context, p domain.Permission) (bool, error)
}

type permissionService struct {
	repo repository.PermissionRepository
}

func NewPermissionService(repo repository.PermissionRepository) Service {
	return &permissionService{repo: repo}
}

func (s *permissionService) CreatePersonalPermission(ctx context.Context, ps []domain.Permission) error {
	return s.repo.CreatePersonalPermission(ctx, ps)
}

func (s *permissionService) HasPermission(ctx context.Context, p domain.Permission) (bool, error) {
	return s.repo.HasPersonalPermission(ctx, p)
}
