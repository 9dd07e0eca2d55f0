// Package controller reproduces one-api's controller/auth.
package controller

import (
	"errors"
	"strconv"

	"example.com/realworld/oneapi/model"
)

var RegisterEnabled = true

// GitHubOAuth is controller/auth/github.go:121: two first logins with one
// GitHub account both register a user.
func GitHubOAuth(login, name string) (*model.User, error) {
	user := model.User{
		GitHubId: login,
	}
	if model.IsGitHubIdAlreadyTaken(user.GitHubId) { // race
		err := user.FillUserByGitHubId()
		if err != nil {
			return nil, err
		}
	} else {
		if RegisterEnabled {
			user.Username = "github_" + strconv.Itoa(model.GetMaxUserId()+1)
			if name != "" {
				user.DisplayName = name
			} else {
				user.DisplayName = "GitHub User"
			}
			if err := user.Insert(0); err != nil {
				return nil, err
			}
		} else {
			return nil, errors.New("管理员关闭了新用户注册")
		}
	}
	return &user, nil
}

// LarkOAuth is controller/auth/lark.go:111.
func LarkOAuth(larkId string) (*model.User, error) {
	user := model.User{
		LarkId: larkId,
	}
	if model.IsLarkIdAlreadyTaken(user.LarkId) { // race
		if err := user.FillUserByLarkId(); err != nil {
			return nil, err
		}
	} else {
		user.Username = "lark_" + strconv.Itoa(model.GetMaxUserId()+1)
		if err := user.Insert(0); err != nil {
			return nil, err
		}
	}
	return &user, nil
}

// GitHubBind is controller/auth/github.go's bind: a taken id refuses,
// else the current user is updated, not created.
func GitHubBind(current *model.User, login string) error {
	if model.IsGitHubIdAlreadyTaken(login) { // safe: the other path updates
		return errors.New("该 GitHub 账户已被绑定")
	}
	current.GitHubId = login
	return model.DB.Save(current).Error
}
