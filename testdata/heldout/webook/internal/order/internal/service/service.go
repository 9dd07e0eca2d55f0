package service

import (
	"context"

	"example.com/heldout/webook/internal/order/internal/domain"
	"example.com/heldout/webook/internal/order/internal/repository"
)

// Service reproduces internal/order/internal/service/service.go:26 (trimmed).
type Service interface {
	// CreateOrder 创建订单 web调用
	CreateOrder(ctx context.Context, order domain.Order) (domain.Order, error)
}

type service struct {
	repo repository.OrderRepository
}

func NewService(repo repository.OrderRepository) Service {
	return &service{repo: repo}
}

// CreateOrder reproduces service.go:60.
func (s *service) CreateOrder(ctx context.Context, order domain.Order) (domain.Order, error) {
	return s.repo.CreateOrder(ctx, order)
}
