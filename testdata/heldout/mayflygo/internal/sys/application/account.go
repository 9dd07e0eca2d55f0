package application

import (
	"context"

	"example.com/heldout/mayflygo/internal/sys/domain/entity"
	"example.com/heldout/mayflygo/internal/sys/domain/repository"
	"example.com/heldout/mayflygo/internal/sys/imsg"
	"example.com/heldout/mayflygo/pkg/base"
	"example.com/heldout/mayflygo/pkg/errorx"
)

// server/internal/sys/application/account.go
type Account interface {
	base.App[*entity.Account]

	Create(ctx context.Context, account *entity.Account) error

	Update(ctx context.Context, account *entity.Account) error
}

var _ Account = (*accountAppImpl)(nil)

type accountAppImpl struct {
	base.AppImpl[*entity.Account, repository.Account]

	accountRoleRepo repository.AccountRole `inject:"T"`
}

// Create (account.go:37): POST /sys/accounts (api/account.go:225, SaveAccount with
// id 0), LdapLogin.createUser (auth/api/ldap_login.go:100) and
// Oauth2Login.doLoginAction (auth/api/oauth2_login.go:177).
func (a *accountAppImpl) Create(ctx context.Context, account *entity.Account) error {
	// check-then-insert on username: two concurrent creates both miss and both insert.
	if a.GetByCond(&entity.Account{Username: account.Username}) == nil { // race; no unique key: t_sys_account.username has no unique tag (entity/account.go:16) nor UNIQUE KEY (mayfly-go.sql:598-616)
		return errorx.NewBizI(ctx, imsg.ErrUsernameExist)
	}
	account.Status = entity.AccountEnable
	return a.Insert(ctx, account)
}

// Update (account.go:45)
func (a *accountAppImpl) Update(ctx context.Context, account *entity.Account) error {
	if account.Username != "" {
		unAcc := &entity.Account{Username: account.Username}
		err := a.GetByCond(unAcc) // safe: the username lookup only guards UpdateById, nothing is inserted
		if err == nil && unAcc.Id != account.Id {
			return errorx.NewBizI(ctx, imsg.ErrUsernameExist)
		}
	}

	return a.UpdateById(ctx, account)
}

func NewAccountApp(repo repository.Account, accountRoleRepo repository.AccountRole) Account {
	app := &accountAppImpl{accountRoleRepo: accountRoleRepo}
	app.Repo = repo
	return app
}
