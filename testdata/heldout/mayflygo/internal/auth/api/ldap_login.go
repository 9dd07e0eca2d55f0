package api

import (
	"context"

	"example.com/heldout/mayflygo/internal/auth/config"
	"example.com/heldout/mayflygo/internal/auth/imsg"
	sysapp "example.com/heldout/mayflygo/internal/sys/application"
	sysentity "example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/pkg/biz"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/model"

	"github.com/pkg/errors"
	"gorm.io/gorm"
)

// LdapLogin reproduces server/internal/auth/api/ldap_login.go (POST
// /auth/ldap/login -> Login :49 -> getOrCreateUserWithLdap :106).
type LdapLogin struct {
	accountApp sysapp.Account `inject:"T"`
}

func (a *LdapLogin) getUser(userName string, cols ...string) (*sysentity.Account, error) {
	account := &sysentity.Account{Username: userName}
	if err := a.accountApp.GetByCond(model.NewModelCond(account).Columns(cols...)); err != nil {
		return nil, err
	}
	return account, nil
}

func (a *LdapLogin) createUser(userName, displayName string) {
	account := &sysentity.Account{Username: userName}
	account.FillBaseInfo(model.IdGenTypeNone, nil)
	account.Name = displayName
	biz.ErrIsNil(a.accountApp.Create(context.TODO(), account))
	// 将 LADP 用户本地密码设置为空，不允许本地登录 (trimmed: cryptox.PwdHash(""))
	account.Password = ""
	biz.ErrIsNil(a.accountApp.Update(context.TODO(), account))
}

func (a *LdapLogin) getOrCreateUserWithLdap(ctx context.Context, userName string, password string, cols ...string) (*sysentity.Account, error) {
	userInfo, err := Authenticate(userName, password)
	if err != nil {
		return nil, errorx.NewBizI(ctx, imsg.ErrUsernameOrPwdErr)
	}

	// first LDAP login of a user: two concurrent logins both get ErrRecordNotFound and
	// both create a local account (accountApp.Create re-checks, also racily).
	account, err := a.getUser(userName, cols...) // race; no unique key: t_sys_account.username has no unique tag (sys entity/account.go:16) nor UNIQUE KEY (mayfly-go.sql:598-616)
	if errors.Is(err, gorm.ErrRecordNotFound) {
		a.createUser(userName, userInfo.DisplayName)
		return a.getUser(userName, cols...)
	} else if err != nil {
		return nil, err
	}
	return account, nil
}

type UserInfo struct {
	UserName    string
	DisplayName string
	Email       string
}

// Authenticate 通过 LDAP 验证用户名密码 (ldap_login.go:129; the go-ldap search
// and bind are trimmed).
func Authenticate(username, password string) (*UserInfo, error) {
	ldapConf := config.GetLdapLogin()
	if !ldapConf.Enable {
		return nil, errors.Errorf("LDAP login is not enabled")
	}
	return &UserInfo{UserName: username, DisplayName: username}, nil
}
