package service

import (
	"context"

	"example.com/heldout/webook/internal/payment/internal/domain"
	"example.com/heldout/webook/internal/payment/internal/repository"
	"example.com/heldout/webook/internal/pkg/sequencenumber"
)

// Service reproduces internal/payment/internal/service/service.go (trimmed).
type Service interface {
	CreatePayment(ctx context.Context, pmt domain.Payment) (domain.Payment, error)
}

type service struct {
	repo        repository.PaymentRepository
	snGenerator *sequencenumber.Generator
}

func NewService(repo repository.PaymentRepository, snGenerator *sequencenumber.Generator) Service {
	return &service{repo: repo, snGenerator: snGenerator}
}

// CreatePayment reproduces service.go:101 (创建支付记录 内部不做校验).
func (s *service) CreatePayment(ctx context.Context, pmt domain.Payment) (domain.Payment, error) {
	sn, err := s.snGenerator.Generate(pmt.PayerID)
	if err != nil {
		return domain.Payment{}, err
	}
	pmt.SN = sn
	return s.repo.CreatePayment(ctx, pmt)
}
