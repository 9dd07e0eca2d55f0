package repository

import (
	"context"
	"log"

	"example.com/heldout/webook/internal/marketing/internal/domain"
	"example.com/heldout/webook/internal/marketing/internal/repository/cache"
	"example.com/heldout/webook/internal/marketing/internal/repository/dao"
	"example.com/heldout/webook/pkg/ekit/sqlx"
)

var (
	ErrRedemptionNotFound     = dao.ErrRedemptionNotFound
	ErrRedemptionCodeUsed     = dao.ErrRedemptionCodeUsed
	ErrInvitationCodeNotFound = dao.ErrInvitationCodeNotFound
)

// MarketingRepository reproduces internal/marketing/internal/repository/repository.go:35.
type MarketingRepository interface {
	SetUnusedRedemptionCodeStatusUsed(ctx context.Context, uid int64, code string) (domain.RedemptionCode, error)
	CreateInvitationCode(ctx context.Context, i domain.InvitationCode) (domain.InvitationCode, error)
	FindInvitationCodeByCode(ctx context.Context, code string) (domain.InvitationCode, error)
	CreateInvitationRecord(ctx context.Context, record domain.InvitationRecord) (int64, error)
}

type marketingRepository struct {
	dao   dao.MarketingDAO
	cache cache.InvitationCodeCache
}

func NewRepository(d dao.MarketingDAO, c cache.InvitationCodeCache) MarketingRepository {
	return &marketingRepository{
		dao:   d,
		cache: c,
	}
}

func (m *marketingRepository) SetUnusedRedemptionCodeStatusUsed(ctx context.Context, uid int64, code string) (domain.RedemptionCode, error) {
	r, err := m.dao.SetUnusedRedemptionCodeStatusUsed(ctx, uid, code)
	if err != nil {
		return domain.RedemptionCode{}, err
	}
	return domain.RedemptionCode{ID: r.Id, OwnerID: r.OwnerId, Biz: r.Biz, BizId: r.BizId, Type: r.Type,
		Attrs: r.Attrs.Val, Code: r.Code, Status: domain.RedemptionCodeStatus(r.Status), Ctime: r.Ctime, Utime: r.Utime}, err
}

// CreateInvitationCode reproduces repository.go:128 (lookup :129, insert
// :133). POST /invitation/gen -> Handler.GenerateInvitationCode
// (web/handler.go:88) -> service.GenerateInvitationCode (service.go:112),
// which passes a fresh code from the sequencenumber generator. The only
// "does this user already have a code" check is the Redis key
// marketing:invitation-code:user:<uid>; two requests of one user that both
// miss it (at once, or any time after its 30-minute expiry) both insert an
// invitation_codes row for the same owner_id, which has only the non-unique
// idx_owner_id (dao/marketing.go:228).
func (m *marketingRepository) CreateInvitationCode(ctx context.Context, i domain.InvitationCode) (domain.InvitationCode, error) {
	code, err := m.cache.GetInvitationCode(ctx, i.Uid) // race; no unique key: invitation_codes.owner_id has only the non-unique idx_owner_id, the key is only in Redis (GET then SET)
	if err == nil {
		return domain.InvitationCode{Uid: i.Uid, Code: code}, err
	}
	_, err = m.dao.CreateInvitationCode(ctx, m.toInvitationCodeEntity(i))
	if err != nil {
		return domain.InvitationCode{}, err
	}
	err = m.cache.SetInvitationCode(ctx, i.Uid, i.Code)
	if err != nil {
		log.Println("缓存邀请码失败", err)
	}
	return i, nil
}

func (m *marketingRepository) toInvitationCodeEntity(i domain.InvitationCode) dao.InvitationCode {
	return dao.InvitationCode{
		OwnerId: i.Uid,
		Code:    i.Code,
	}
}

func (m *marketingRepository) FindInvitationCodeByCode(ctx context.Context, code string) (domain.InvitationCode, error) {
	c, err := m.dao.FindInvitationCodeByCode(ctx, code)
	if err != nil {
		return domain.InvitationCode{}, err
	}
	return m.toInvitationCodeDomain(c), nil
}

func (m *marketingRepository) toInvitationCodeDomain(i dao.InvitationCode) domain.InvitationCode {
	return domain.InvitationCode{
		Uid:  i.OwnerId,
		Code: i.Code,
	}
}

// CreateInvitationRecord reproduces repository.go:166.
func (m *marketingRepository) CreateInvitationRecord(ctx context.Context, r domain.InvitationRecord) (int64, error) {
	return m.dao.CreateInvitationRecord(ctx, m.toInvitationRecordEntity(r))
}

func (m *marketingRepository) toInvitationRecordEntity(r domain.InvitationRecord) dao.InvitationRecord {
	return dao.InvitationRecord{
		InviterId: r.InviterId,
		InviteeId: r.InviteeId,
		Code:      r.Code,
		Attrs: sqlx.JsonColumn[domain.InvitationRecordAttrs]{
			Val:   r.Attrs,
			Valid: true,
		},
	}
}
