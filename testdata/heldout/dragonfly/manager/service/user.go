package service

import (
	"context"
	"errors"
	"fmt"

	"github.com/go-sql-driver/mysql"

	manageroauth "example.com/heldout/dragonfly/manager/auth/oauth"
	"example.com/heldout/dragonfly/manager/models"
	"example.com/heldout/dragonfly/manager/permission/rbac"
	"example.com/heldout/dragonfly/pkg/mysqlerr" // stand-in for github.com/VividCortex/mysqlerr
)

// OauthSigninCallback reproduces manager/service/user.go:154 (oauth lookup
// :156, user Create :181, ER_DUP_ENTRY test :182-184); GET
// /api/v1/users/signin/:name/callback (router.go:114, handlers/user.go:216).
func (s *service) OauthSigninCallback(ctx context.Context, name, code string) (*models.User, error) {
	oauth := models.Oauth{}
	// The only lookup is of the OAuth provider (not found is an error); the
	// user is inserted first and a MySQL duplicate on uk_user_name /
	// uk_user_email is taken as "already signed up", so concurrent callbacks
	// cannot both insert.
	if err := s.db.WithContext(ctx).First(&oauth, models.Oauth{Name: name}).Error; err != nil { // safe: insert-first: the user Create below relies on uk_user_name/uk_user_email and treats ER_DUP_ENTRY as found; the only lookup (oauth provider) returns on not found
		return nil, err
	}

	o, err := manageroauth.New(oauth.Name, oauth.ClientID, oauth.ClientSecret, oauth.RedirectURL)
	if err != nil {
		return nil, err
	}

	token, err := o.Exchange(code)
	if err != nil {
		return nil, err
	}

	oauthUser, err := o.GetUser(token)
	if err != nil {
		return nil, err
	}

	user := models.User{
		Name:   oauthUser.Name,
		Email:  oauthUser.Email,
		Avatar: oauthUser.Avatar,
		State:  models.UserStateEnabled,
	}
	if err := s.db.WithContext(ctx).Create(&user).Error; err != nil {
		var merr *mysql.MySQLError
		if errors.As(err, &merr) && merr.Number == mysqlerr.ER_DUP_ENTRY {
			return &user, nil
		}

		return nil, err
	}

	if _, err := s.enforcer.AddRoleForUser(fmt.Sprint(user.ID), rbac.GuestRole); err != nil {
		return nil, err
	}

	return &user, nil
}
