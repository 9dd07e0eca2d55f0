package service

import (
	"context"

	"example.com/heldout/webook/internal/marketing/internal/domain"
	"example.com/heldout/webook/internal/marketing/internal/repository"
	"example.com/heldout/webook/internal/marketing/internal/service/activity/user"
)

var (
	ErrRedemptionCodeUsed = repository.ErrRedemptionCodeUsed
	ErrRedemptionNotFound = repository.ErrRedemptionNotFound
)

// service reproduces internal/marketing/internal/service/service.go:43
// (trimmed to the invitation and registration paths; the order activity
// executor is not reproduced).
type service struct {
	repo                    repository.MarketingRepository
	invitationCodeGenerator func(id int64) string
	userActivityExecutor    *user.ActivityExecutor
}

func NewService(repo repository.MarketingRepository, codeGenerator func(id int64) string,
	userActivityExecutor *user.ActivityExecutor) *service {
	return &service{
		repo:                    repo,
		invitationCodeGenerator: codeGenerator,
		userActivityExecutor:    userActivityExecutor,
	}
}

// ExecuteUserRegistrationActivity reproduces service.go:79 (called by the
// marketing UserRegistrationEventConsumer for each user RegistrationEvent).
func (s *service) ExecuteUserRegistrationActivity(ctx context.Context, act domain.UserRegistrationActivity) error {
	return s.userActivityExecutor.Execute(ctx, act)
}

// RedeemRedemptionCode reproduces service.go:83 (POST /code/redeem).
func (s *service) RedeemRedemptionCode(ctx context.Context, uid int64, code string) error {
	_, err := s.repo.SetUnusedRedemptionCodeStatusUsed(ctx, uid, code)
	return err
}

// GenerateInvitationCode reproduces service.go:112 (POST /invitation/gen).
func (s *service) GenerateInvitationCode(ctx context.Context, uid int64) (domain.InvitationCode, error) {
	c, err := s.repo.CreateInvitationCode(ctx, domain.InvitationCode{
		Uid:  uid,
		Code: s.invitationCodeGenerator(uid),
	})
	if err != nil {
		return domain.InvitationCode{}, err
	}
	return c, nil
}
