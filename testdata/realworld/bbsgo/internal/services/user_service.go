// Package services reproduces mlogclub/bbs-go 35f4190d73eb internal/services.
package services

import (
	"errors"
	"strings"

	"example.com/realworld/bbsgo/internal/models"
	"example.com/realworld/bbsgo/internal/models/constants"
	"example.com/realworld/bbsgo/internal/pkg/locales"
	"example.com/realworld/bbsgo/internal/repositories"
	"example.com/realworld/bbsgo/third_party/simple/common/dates"
	"example.com/realworld/bbsgo/third_party/simple/sqls"
)

// UserService is internal/services/user_service.go:41.
var UserService = newUserService()

// newUserService is internal/services/user_service.go:43.
func newUserService() *userService {
	return &userService{}
}

// userService is internal/services/user_service.go:47.
type userService struct {
}

// Get is internal/services/user_service.go:50.
func (s *userService) Get(id int64) *models.User {
	return repositories.UserRepository.Get(sqls.DB(), id)
}

// GetByEmail 根据邮箱查找
//
// Upstream: internal/services/user_service.go:199.
func (s *userService) GetByEmail(email string) *models.User {
	return repositories.UserRepository.GetByEmail(sqls.DB(), email)
}

// GetByUsername 根据用户名查找
//
// Upstream: internal/services/user_service.go:204.
func (s *userService) GetByUsername(username string) *models.User {
	return repositories.UserRepository.GetByUsername(sqls.DB(), username)
}

// SignUp 注册
//
// Upstream: internal/services/user_service.go:213.
func (s *userService) SignUp(username, email, nickname, password, rePassword string) (*models.User, error) {
	username = strings.TrimSpace(username)
	email = strings.TrimSpace(email)
	nickname = strings.TrimSpace(nickname)

	// 验证昵称
	if len(nickname) == 0 {
		return nil, errors.New(locales.Get("user.nickname_required"))
	}

	// 验证密码 (validate.IsValidPassword) trimmed
	var err error

	// 验证邮箱
	if len(email) > 0 {
		if s.GetByEmail(email) != nil { // race
			return nil, errors.New(locales.Getf("user.email_occupied", email))
		}
	} else {
		return nil, errors.New(locales.Get("user.email_required"))
	}

	// 验证用户名
	if len(username) > 0 {
		if s.isUsernameExists(username) { // race
			return nil, errors.New(locales.Getf("user.username_occupied", username))
		}
	}

	user := &models.User{
		Username:   sqls.SqlNullString(username),
		Email:      sqls.SqlNullString(email),
		Nickname:   nickname,
		Password:   password, /* passwd.EncodePassword */
		Status:     constants.StatusOk,
		CreateTime: dates.NowTimestamp(),
		UpdateTime: dates.NowTimestamp(),
	}

	err = repositories.UserRepository.Create(sqls.DB(), user)
	if err != nil {
		return nil, err
	}
	// search.UpdateUserIndex(user) trimmed
	return user, nil
}

// isUsernameExists 用户名是否存在
//
// Upstream: internal/services/user_service.go:304.
func (s *userService) isUsernameExists(username string) bool {
	return s.GetByUsername(username) != nil
}
