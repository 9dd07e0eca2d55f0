package api

import (
	"strings"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/log"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/services"
	"example.com/heldout/ezbookkeeping/pkg/settings"
)

// UsersApi represents user api (pkg/api/users.go:22)
type UsersApi struct {
	ApiUsingConfig
	users *services.UserService
}

// Initialize a user api singleton instance (pkg/api/users.go:31)
var (
	Users = &UsersApi{
		ApiUsingConfig: ApiUsingConfig{
			container: settings.Container,
		},
		users: services.Users,
	}
)

// UserRegisterHandler saves a new user by request parameters (pkg/api/users.go:51; preset categories and verify mail dropped)
func (a *UsersApi) UserRegisterHandler(c *core.WebContext) (any, *errs.Error) {
	if !a.CurrentConfig().EnableUserRegister {
		return nil, errs.ErrUserRegistrationNotAllowed
	}

	var userRegisterReq models.UserRegisterRequest
	err := c.ShouldBindBodyWith(&userRegisterReq, "json")

	if err != nil {
		log.Warnf(c, "[users.UserRegisterHandler] parse request failed, because %s", err.Error())
		return nil, errs.NewIncompleteOrIncorrectSubmissionError(err)
	}

	userRegisterReq.Username = strings.TrimSpace(userRegisterReq.Username)
	userRegisterReq.Email = strings.TrimSpace(userRegisterReq.Email)
	userRegisterReq.Nickname = strings.TrimSpace(userRegisterReq.Nickname)

	user := &models.User{
		Username:             userRegisterReq.Username,
		Email:                userRegisterReq.Email,
		Nickname:             userRegisterReq.Nickname,
		Password:             userRegisterReq.Password,
		Language:             userRegisterReq.Language,
		DefaultCurrency:      userRegisterReq.DefaultCurrency,
		FirstDayOfWeek:       userRegisterReq.FirstDayOfWeek,
		FiscalYearStart:      core.FISCAL_YEAR_START_DEFAULT,
		TransactionEditScope: models.TRANSACTION_EDIT_SCOPE_ALL,
		FeatureRestriction:   a.CurrentConfig().DefaultFeatureRestrictions,
	}

	err = a.users.CreateUser(c, user, false)

	if err != nil {
		log.Errorf(c, "[users.UserRegisterHandler] failed to create user \"%s\", because %s", user.Username, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	log.Infof(c, "[users.UserRegisterHandler] user \"%s\" has registered successfully, uid is %d", user.Username, user.Uid)

	return user.Uid, nil
}

// UserUpdateProfileHandler saves user profile by request parameters for current user (pkg/api/users.go:235, reduced to the email/nickname change)
func (a *UsersApi) UserUpdateProfileHandler(c *core.WebContext) (any, *errs.Error) {
	var userUpdateReq models.UserProfileUpdateRequest
	err := c.ShouldBindJSON(&userUpdateReq)

	if err != nil {
		return nil, errs.NewIncompleteOrIncorrectSubmissionError(err)
	}

	uid := c.GetCurrentUid()
	user, err := a.users.GetUserById(c, uid)

	if err != nil {
		return nil, errs.ErrUserNotFound
	}

	userNew := &models.User{
		Uid:  user.Uid,
		Salt: user.Salt,
	}

	if userUpdateReq.Email != "" && userUpdateReq.Email != user.Email {
		userNew.Email = strings.TrimSpace(userUpdateReq.Email)
	}

	if userUpdateReq.Nickname != "" && userUpdateReq.Nickname != user.Nickname {
		userNew.Nickname = strings.TrimSpace(userUpdateReq.Nickname)
	}

	_, _, err = a.users.UpdateUser(c, userNew, false, false)

	if err != nil {
		log.Errorf(c, "[users.UserUpdateProfileHandler] failed to update user \"uid:%d\", because %s", user.Uid, err.Error())
		return nil, errs.Or(err, errs.ErrOperationFailed)
	}

	return true, nil
}
