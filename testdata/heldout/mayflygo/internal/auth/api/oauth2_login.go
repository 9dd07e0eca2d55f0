package api

import (
	"context"
	"strconv"
	"strings"
	"time"

	"example.com/heldout/mayflygo/internal/auth/application"
	"example.com/heldout/mayflygo/internal/auth/config"
	"example.com/heldout/mayflygo/internal/auth/domain/entity"
	"example.com/heldout/mayflygo/internal/auth/imsg"
	sysapp "example.com/heldout/mayflygo/internal/sys/application"
	sysentity "example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/pkg/biz"
	"example.com/heldout/mayflygo/pkg/errorx"
	"example.com/heldout/mayflygo/pkg/model"
	"example.com/heldout/mayflygo/pkg/req"
)

// Oauth2Login reproduces server/internal/auth/api/oauth2_login.go (GET
// /auth/oauth2/callback -> OAuth2Callback :70).
type Oauth2Login struct {
	oauth2App  application.Oauth2 `inject:"T"`
	accountApp sysapp.Account     `inject:"T"`
}

// OAuth2Callback (oauth2_login.go:70). The OAuth2 code exchange and user-info
// request (golang.org/x/oauth2) are trimmed: userId is the resolved identity and
// stateAction the cached state ("login" or "bind:<accountId>").
func (a *Oauth2Login) OAuth2Callback(rc *req.Ctx, stateAction string, userId string) {
	oauth := config.GetOauth2Login()
	biz.NotBlank(userId, "the user unique identification field value cannot be null")

	// 判断是登录还是绑定
	if stateAction == "login" {
		a.doLoginAction(rc, userId, oauth)
	} else if sAccountId, ok := strings.CutPrefix(stateAction, "bind:"); ok {
		// 绑定
		accountId, err := strconv.ParseUint(sAccountId, 10, 64)
		biz.ErrIsNilAppendErr(err, "failed to bind user: %s")

		account := new(sysentity.Account)
		account.Id = accountId
		err = a.accountApp.GetByCond(model.NewModelCond(account).Columns("username"))
		biz.ErrIsNilAppendErr(err, "this account does not exist")

		// two concurrent binds (same account or same identity) both pass both checks;
		// the second insert then fails on account_id / idx_identity.
		err = a.oauth2App.GetOAuthAccount(&entity.Oauth2Account{ // race
			AccountId: accountId,
		}, "account_id", "identity")
		biz.IsTrue(err != nil, "the account has been linked by another user")

		err = a.oauth2App.GetOAuthAccount(&entity.Oauth2Account{
			Identity: userId,
		}, "account_id", "identity")
		biz.IsTrue(err != nil, "you are bound to another account")

		now := time.Now()
		err = a.oauth2App.BindOAuthAccount(&entity.Oauth2Account{
			AccountId:  accountId,
			Identity:   userId,
			CreateTime: &now,
			UpdateTime: &now,
		})
		biz.ErrIsNilAppendErr(err, "failed to bind user: %s")
		rc.ResData = map[string]any{
			"action": "oauthBind",
			"bind":   true,
		}
	} else {
		panic(errorx.NewBiz("state is invalid"))
	}
}

// 指定登录操作 (oauth2_login.go:154)
func (a *Oauth2Login) doLoginAction(rc *req.Ctx, userId string, oauth *config.Oauth2Login) {
	// 查询用户是否存在
	oauthAccount := &entity.Oauth2Account{Identity: userId}
	// first login of an identity: two concurrent callbacks both miss, both register an
	// account, and the second BindOAuthAccount fails on idx_identity.
	err := a.oauth2App.GetOAuthAccount(oauthAccount, "account_id", "identity") // race
	ctx := rc.MetaCtx
	var accountId uint64
	// 不存在,进行注册
	if err != nil {
		biz.IsTrueI(ctx, oauth.AutoRegister, imsg.ErrOauth2NoAutoRegister)
		now := time.Now()
		account := &sysentity.Account{
			Model: model.Model{
				CreateModel: model.CreateModel{
					CreateTime: &now,
					CreatorId:  0,
					Creator:    "oauth2",
				},
				UpdateTime: &now,
			},
			Name:     userId,
			Username: userId,
		}
		biz.ErrIsNil(a.accountApp.Create(context.TODO(), account))
		// 绑定
		err := a.oauth2App.BindOAuthAccount(&entity.Oauth2Account{
			AccountId:  account.Id,
			Identity:   oauthAccount.Identity,
			CreateTime: &now,
			UpdateTime: &now,
		})
		biz.ErrIsNilAppendErr(err, "failed to bind user: %s")
		accountId = account.Id
	} else {
		accountId = oauthAccount.AccountId
	}

	// 进行登录
	account, err := a.accountApp.GetById(accountId, "Id", "Name", "Username", "Password", "Status", "LastLoginTime", "LastLoginIp", "OtpSecret")
	biz.ErrIsNilAppendErr(err, "get user info error: %s")
	rc.ResData = account
}
