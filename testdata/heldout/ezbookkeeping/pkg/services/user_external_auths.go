package services

import (
	"time"

	"xorm.io/xorm"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/models"
)

// UserExternalAuthService represents user external auth service (pkg/services/user_external_auths.go:15)
type UserExternalAuthService struct {
	ServiceUsingDB
}

// Initialize a user external auth service singleton instance (pkg/services/user_external_auths.go:20)
var (
	UserExternalAuths = &UserExternalAuthService{
		ServiceUsingDB: ServiceUsingDB{
			container: datastore.Container,
		},
	}
)

// GetUserExternalAuthByUid returns the user external auth record by uid (pkg/services/user_external_auths.go:41)
func (s *UserExternalAuthService) GetUserExternalAuthByUid(c core.Context, uid int64, externalAuthType core.UserExternalAuthType) (*models.UserExternalAuth, error) {
	if uid <= 0 {
		return nil, errs.ErrUserIdInvalid
	}

	userExternalAuth := &models.UserExternalAuth{}
	has, err := s.UserDB().NewSession(c).Where("uid=? AND external_auth_type=?", uid, externalAuthType).Get(userExternalAuth)

	if err != nil {
		return nil, err
	} else if !has {
		return nil, errs.ErrUserExternalAuthNotFound
	}

	return userExternalAuth, err
}

// GetUserExternalAuthByExternalUserName returns the user external auth record by external username (pkg/services/user_external_auths.go:59)
func (s *UserExternalAuthService) GetUserExternalAuthByExternalUserName(c core.Context, externalUserName string, externalAuthType core.UserExternalAuthType) (*models.UserExternalAuth, error) {
	userExternalAuth := &models.UserExternalAuth{}
	has, err := s.UserDB().NewSession(c).Where("external_auth_type=? AND external_username=?", externalAuthType, externalUserName).Get(userExternalAuth)

	if err != nil {
		return nil, err
	} else if !has {
		return nil, errs.ErrUserExternalAuthNotFound
	}

	return userExternalAuth, err
}

// GetUserExternalAuthByExternalEmail returns the user external auth record by external email (pkg/services/user_external_auths.go:73)
func (s *UserExternalAuthService) GetUserExternalAuthByExternalEmail(c core.Context, externalEmail string, externalAuthType core.UserExternalAuthType) (*models.UserExternalAuth, error) {
	userExternalAuth := &models.UserExternalAuth{}
	has, err := s.UserDB().NewSession(c).Where("external_auth_type=? AND external_email=?", externalAuthType, externalEmail).Get(userExternalAuth)

	if err != nil {
		return nil, err
	} else if !has {
		return nil, errs.ErrUserExternalAuthNotFound
	}

	return userExternalAuth, err
}

// CreateUserExternalAuth creates a new user external auth record in database (pkg/services/user_external_auths.go:87)
func (s *UserExternalAuthService) CreateUserExternalAuth(c core.Context, userExternalAuth *models.UserExternalAuth) error {
	if userExternalAuth.Uid <= 0 {
		return errs.ErrUserIdInvalid
	}

	userExternalAuth.CreatedUnixTime = time.Now().Unix()

	return s.UserDB().DoTransaction(c, func(sess *xorm.Session) error {
		exists, err := sess.Where("uid=? AND external_auth_type=?", userExternalAuth.Uid, userExternalAuth.ExternalAuthType).Limit(1).Exist(&models.UserExternalAuth{}) // race

		if err != nil {
			return err
		} else if exists {
			return errs.ErrUserExternalAuthAlreadyExists
		}

		_, err = sess.Insert(userExternalAuth)
		return err
	})
}
