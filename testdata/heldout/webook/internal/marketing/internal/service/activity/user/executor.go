package user

import (
	"context"
	"errors"
	"fmt"
	"log"

	"example.com/heldout/webook/internal/marketing/internal/domain"
	"example.com/heldout/webook/internal/marketing/internal/event/producer"
	"example.com/heldout/webook/internal/marketing/internal/repository"
)

// ActivityExecutor reproduces internal/marketing/internal/service/activity/user/executor.go:29
// (the member-event producer of awardRegistrationBonus is not reproduced).
type ActivityExecutor struct {
	repo                repository.MarketingRepository
	creditEventProducer producer.CreditEventProducer
	creditsAwarded      uint64
}

func NewActivityExecutor(
	repo repository.MarketingRepository,
	creditEventProducer producer.CreditEventProducer,
	creditsAwarded uint64,
) *ActivityExecutor {
	return &ActivityExecutor{
		repo:                repo,
		creditEventProducer: creditEventProducer,
		creditsAwarded:      creditsAwarded,
	}
}

// Execute reproduces executor.go:52.
func (s *ActivityExecutor) Execute(ctx context.Context, act domain.UserRegistrationActivity) error {
	return s.awardInvitationBonus(ctx, act)
}

// awardInvitationBonus reproduces executor.go:74: it looks up the inviter's
// code and then calls CreateInvitationRecord, whose FirstOrCreate is the
// get-or-create (dao/marketing.go:184).
func (s *ActivityExecutor) awardInvitationBonus(ctx context.Context, act domain.UserRegistrationActivity) error {
	if act.InvitationCode == "" {
		return nil
	}

	c, err := s.repo.FindInvitationCodeByCode(ctx, act.InvitationCode)
	if errors.Is(err, repository.ErrInvitationCodeNotFound) {
		log.Println("未找到邀请码", act.InvitationCode)
		return nil
	}
	if err != nil {
		return fmt.Errorf("查找邀请码失败: %w", err)
	}

	_, err = s.repo.CreateInvitationRecord(ctx, domain.InvitationRecord{
		InviterId: c.Uid,
		InviteeId: act.Uid,
		Code:      c.Code,
		Attrs:     domain.InvitationRecordAttrs{Credits: s.creditsAwarded},
	})
	if err != nil {
		return fmt.Errorf("创建邀请记录失败: %w", err)
	}

	return s.creditEventProducer.Produce(ctx, producer.CreditIncreaseEvent{
		Key:    fmt.Sprintf("inviteeId-%d", act.Uid),
		Uid:    c.Uid,
		Amount: s.creditsAwarded,
		Biz:    "user",
		BizId:  act.Uid,
		Action: "邀请奖励",
	})
}
