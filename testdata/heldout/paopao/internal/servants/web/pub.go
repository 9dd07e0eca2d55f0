package web

import (
	"regexp"
	"unicode/utf8"

	"example.com/heldout/paopao/internal/core/ms"
	"example.com/heldout/paopao/internal/model/web"
	"example.com/heldout/paopao/internal/servants/base"
	"example.com/heldout/paopao/third_party/logrus"
)

// pubSrv reproduces internal/servants/web/pub.go:35 (trimmed).
type pubSrv struct {
	*base.DaoServant
}

// Register reproduces internal/servants/web/pub.go:89.
func (s *pubSrv) Register(req *web.RegisterReq) (*web.RegisterResp, error) {
	if _disallowUserRegister {
		return nil, web.ErrDisallowUserRegister
	}
	// 用户名检查
	// race
	if err := s.validUsername(req.Username); err != nil {
		return nil, err
	}
	// 密码检查
	if err := checkPassword(req.Password); err != nil {
		logrus.Errorf("scheckPassword err: %v", err)
		return nil, web.ErrUserRegisterFailed
	}
	password, salt := encryptPasswordAndSalt(req.Password)
	user := &ms.User{
		Nickname: req.Username,
		Username: req.Username,
		Password: password,
		Avatar:   getRandomAvatar(),
		Salt:     salt,
		Status:   ms.UserStatusNormal,
	}
	user, err := s.Ds.CreateUser(user)
	if err != nil {
		logrus.Errorf("Ds.CreateUser err: %s", err)
		return nil, web.ErrUserRegisterFailed
	}
	return &web.RegisterResp{
		UserId:   user.ID,
		Username: user.Username,
	}, nil
}

// validUsername reproduces internal/servants/web/pub.go:167.
// validUsername 验证用户
func (s *pubSrv) validUsername(username string) error {
	// 检测用户是否合规
	if utf8.RuneCountInString(username) < 3 || utf8.RuneCountInString(username) > 12 {
		return web.ErrUsernameLengthLimit
	}

	if !regexp.MustCompile(`^[a-zA-Z0-9]+$`).MatchString(username) {
		return web.ErrUsernameCharLimit
	}

	// 重复检查
	user, _ := s.Ds.GetUserByUsername(username)
	if user.Model != nil && user.ID > 0 {
		return web.ErrUsernameHasExisted
	}
	return nil
}
