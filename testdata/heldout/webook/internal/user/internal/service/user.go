package service

import (
	"context"
	"errors"
	"fmt"
	"log"

	"example.com/heldout/webook/internal/user/internal/domain"
	"example.com/heldout/webook/internal/user/internal/event"
	"example.com/heldout/webook/internal/user/internal/repository"
	"example.com/heldout/webook/pkg/shortuuid"
)

// UserService reproduces internal/user/internal/service/user.go:31.
type UserService interface {
	Profile(ctx context.Context, id int64) (domain.User, error)
	// FindOrCreateByWechat 查找或者初始化
	// 随着业务增长，这边可以考虑拆分出去作为一个新的 Service
	FindOrCreateByWechat(ctx context.Context, info domain.WechatInfo) (domain.User, error)

	// UpdateNonSensitiveInfo 更新非敏感数据
	UpdateNonSensitiveInfo(ctx context.Context, user domain.User) error
	CreateWithPhone(ctx context.Context, phone string) (domain.User, error)

	FindByPhone(ctx context.Context, phone string) (domain.User, error)
}

type userService struct {
	repo     repository.UserRepository
	producer event.RegistrationEventProducer
}

func NewUserService(repo repository.UserRepository, p event.RegistrationEventProducer) UserService {
	return &userService{
		repo:     repo,
		producer: p,
	}
}

func (svc *userService) UpdateNonSensitiveInfo(ctx context.Context, user domain.User) error {
	// 不让修改序列号
	user.SN = ""
	return svc.repo.Update(ctx, user)
}

func (svc *userService) FindByPhone(ctx context.Context, phone string) (domain.User, error) {
	return svc.repo.FindByPhone(ctx, phone)
}

// FindOrCreateByWechat reproduces service/user.go:68 (lookup :70, not-found
// test :83, insert :92). Reached from GET|POST /oauth2/wechat/callback
// (web/handler.go:259 Handler.Callback) and /oauth2/wechat/mini/callback
// (:325 Handler.MiniCallback). Two logins of the same WeChat account at once
// both get ErrUserNotFound and both insert; the second insert hits the UNIQUE
// wechat_union_id (dao/user.go:95) and comes back as ErrUserDuplicate, so that
// login fails, where run one after the other it would have found the user.
func (svc *userService) FindOrCreateByWechat(ctx context.Context,
	info domain.WechatInfo) (domain.User, error) {
	u, err := svc.repo.FindByWechat(ctx, info.UnionId) // race
	defer func() {
		// 尝试更新 openid 或者 Mini open id
		if (info.MiniOpenId != "" && u.WechatInfo.MiniOpenId == "") ||
			(info.OpenId != "" && u.WechatInfo.OpenId == "") {
			u.WechatInfo.MiniOpenId = info.MiniOpenId
			u.WechatInfo.OpenId = info.OpenId
			err1 := svc.repo.Update(ctx, u)
			if err1 != nil {
				log.Println("尝试更新微信信息失败", err1)
			}
		}
	}()
	if !errors.Is(err, repository.ErrUserNotFound) {
		return u, err
	}
	sn := shortuuid.New()
	u = domain.User{
		WechatInfo: info,
		SN:         sn,
		Nickname:   sn[:4],
	}
	id, err := svc.repo.Create(ctx, u)

	if err != nil {
		return domain.User{}, err
	}
	// 发送注册成功消息
	evt := event.RegistrationEvent{Uid: id, InvitationCode: info.InvitationCode}
	if e := svc.producer.Produce(ctx, evt); e != nil {
		log.Println("发送注册成功消息失败", e)
	}
	u.Id = id
	return u, nil
}

func (svc *userService) Profile(ctx context.Context, id int64) (domain.User, error) {
	return svc.repo.FindById(ctx, id)
}

// CreateWithPhone reproduces service/user.go:120 (POST /oauth2/phone/register:
// a plain insert, no lookup; phone is UNIQUE).
func (svc *userService) CreateWithPhone(ctx context.Context, phone string) (domain.User, error) {
	sn := shortuuid.New()
	u := domain.User{
		SN:       sn,
		Nickname: fmt.Sprintf("用户%s", phone[len(phone)-4:]),
		Phone:    phone,
	}
	id, err := svc.repo.Create(ctx, u)

	if err != nil {
		return domain.User{}, err
	}
	evt := event.RegistrationEvent{Uid: id, InvitationCode: ""}
	if e := svc.producer.Produce(ctx, evt); e != nil {
		log.Println("发送注册成功消息失败", e)
	}
	u.Id = id
	return u, nil
}
