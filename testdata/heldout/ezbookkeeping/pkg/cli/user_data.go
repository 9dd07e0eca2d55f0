// Package cli is a reduced copy of github.com/mayswind/ezbookkeeping/pkg/cli (user_data.go):
// the admin command that adds a user, a second entry point of UserService.CreateUser.
package cli

import (
	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/services"
)

// UserDataCli represents user data cli (pkg/cli/user_data.go)
type UserDataCli struct {
	users *services.UserService
}

// UserData is the user data cli singleton instance
var UserData = &UserDataCli{users: services.Users}

// AddNewUser adds a new user according to specified info (pkg/cli/user_data.go:53; currency validation dropped)
func (l *UserDataCli) AddNewUser(c core.Context, username string, email string, nickname string, password string, defaultCurrency string) (*models.User, error) {
	if username == "" {
		return nil, errs.ErrUsernameIsEmpty
	}

	if email == "" {
		return nil, errs.ErrEmailIsEmpty
	}

	if password == "" {
		return nil, errs.ErrPasswordIsEmpty
	}

	user := &models.User{
		Username:             username,
		Email:                email,
		Nickname:             nickname,
		Password:             password,
		DefaultCurrency:      defaultCurrency,
		TransactionEditScope: models.TRANSACTION_EDIT_SCOPE_ALL,
	}

	err := l.users.CreateUser(c, user, false)

	if err != nil {
		log.Errorf(c, "[user_data.AddNewUser] failed to create user \"%s\", because %s", user.Username, err.Error())
		return nil, err
	}

	return user, nil
}
