package services

import (
	"time"

	"xorm.io/xorm"

	"example.com/heldout/ezbookkeeping/pkg/core"
	"example.com/heldout/ezbookkeeping/pkg/datastore"
	"example.com/heldout/ezbookkeeping/pkg/errs"
	"example.com/heldout/ezbookkeeping/pkg/models"
	"example.com/heldout/ezbookkeeping/pkg/settings"
	"example.com/heldout/ezbookkeeping/pkg/utils"
	"example.com/heldout/ezbookkeeping/pkg/uuid"
)

// UserService represents user service (pkg/services/users.go:31)
type UserService struct {
	ServiceUsingDB
	ServiceUsingConfig
	ServiceUsingUuid
}

// Initialize a user service singleton instance (pkg/services/users.go:40)
var (
	Users = &UserService{
		ServiceUsingDB: ServiceUsingDB{
			container: datastore.Container,
		},
		ServiceUsingConfig: ServiceUsingConfig{
			container: settings.Container,
		},
		ServiceUsingUuid: ServiceUsingUuid{
			container: uuid.Container,
		},
	}
)

// GetUserById returns the user model according to user uid (pkg/services/users.go:89)
func (s *UserService) GetUserById(c core.Context, uid int64) (*models.User, error) {
	if uid <= 0 {
		return nil, errs.ErrUserIdInvalid
	}

	user := &models.User{}
	has, err := s.UserDB().NewSession(c).ID(uid).Where("deleted=?", false).Get(user)

	if err != nil {
		return nil, err
	} else if !has {
		return nil, errs.ErrUserNotFound
	}

	return user, nil
}

// GetUserByUsername returns the user model according to user name (pkg/services/users.go:107)
func (s *UserService) GetUserByUsername(c core.Context, username string) (*models.User, error) {
	if username == "" {
		return nil, errs.ErrUsernameIsEmpty
	}

	user := &models.User{}
	has, err := s.UserDB().NewSession(c).Where("username=? AND deleted=?", username, false).Get(user)

	if err != nil {
		return nil, err
	} else if !has {
		return nil, errs.ErrUserNotFound
	}

	return user, nil
}

// GetUserByEmail returns the user model according to user email (pkg/services/users.go:125)
func (s *UserService) GetUserByEmail(c core.Context, email string) (*models.User, error) {
	if email == "" {
		return nil, errs.ErrEmailIsEmpty
	}

	user := &models.User{}
	has, err := s.UserDB().NewSession(c).Where("email=? AND deleted=?", email, false).Get(user)

	if err != nil {
		return nil, err
	} else if !has {
		return nil, errs.ErrUserNotFound
	}

	return user, nil
}

// CreateUser saves a new user model to database (pkg/services/users.go:187)
func (s *UserService) CreateUser(c core.Context, user *models.User, noPassword bool) error {
	exists, err := s.ExistsUsername(c, user.Username) // race

	if err != nil {
		return err
	} else if exists {
		return errs.ErrUsernameAlreadyExists
	}

	exists, err = s.ExistsEmail(c, user.Email) // race

	if err != nil {
		return err
	} else if exists {
		return errs.ErrUserEmailAlreadyExists
	}

	if !noPassword && user.Password == "" {
		return errs.ErrPasswordIsEmpty
	}

	if user.Salt, err = utils.GetRandomString(10); err != nil {
		return err
	}

	user.Uid = s.GenerateUuid(uuid.UUID_TYPE_USER)

	if user.Uid < 1 {
		return errs.ErrSystemIsBusy
	}

	if !noPassword {
		user.Password = utils.EncodePassword(user.Password, user.Salt)
	} else {
		user.Password = ""
	}

	user.Deleted = false

	user.CreatedUnixTime = time.Now().Unix()
	user.UpdatedUnixTime = time.Now().Unix()
	user.LastLoginUnixTime = time.Now().Unix()

	return s.UserDB().DoTransaction(c, func(sess *xorm.Session) error {
		_, err := sess.Insert(user)
		return err
	})
}

// UpdateUser saves an existed user model to database (pkg/services/users.go:237; only the email/password/nickname columns kept)
func (s *UserService) UpdateUser(c core.Context, user *models.User, modifyUserLanguage bool, modifyUseLastReconciledTime bool) (keyProfileUpdated bool, emailSetToUnverified bool, err error) {
	if user.Uid <= 0 {
		return false, false, errs.ErrUserIdInvalid
	}

	updateCols := make([]string, 0, 8)

	now := time.Now().Unix()
	keyProfileUpdated = false
	emailSetToUnverified = false

	if user.Email != "" {
		exists, err := s.ExistsEmail(c, user.Email) // safe: guards only an UPDATE of users.email on an existing row (no insert); the UNIQUE email key makes a concurrent duplicate fail

		if err != nil {
			return false, false, err
		} else if exists {
			return false, false, errs.ErrUserEmailAlreadyExists
		}

		user.EmailVerified = false

		updateCols = append(updateCols, "email")
		updateCols = append(updateCols, "email_verified")

		emailSetToUnverified = true
	}

	if user.Password != "" {
		user.Password = utils.EncodePassword(user.Password, user.Salt)

		keyProfileUpdated = true
		updateCols = append(updateCols, "password")
	}

	if user.Nickname != "" {
		updateCols = append(updateCols, "nickname")
	}

	user.UpdatedUnixTime = now
	updateCols = append(updateCols, "updated_unix_time")

	err = s.UserDB().DoTransaction(c, func(sess *xorm.Session) error {
		updatedRows, err := sess.ID(user.Uid).Cols(updateCols...).Where("deleted=?", false).Update(user)

		if err != nil {
			return err
		} else if updatedRows < 1 {
			return errs.ErrUserNotFound
		}

		return nil
	})

	if err != nil {
		return false, false, err
	}

	return keyProfileUpdated, emailSetToUnverified, nil
}

// ExistsUsername returns whether the given user name exists (pkg/services/users.go:675)
func (s *UserService) ExistsUsername(c core.Context, username string) (bool, error) {
	if username == "" {
		return false, errs.ErrUsernameIsEmpty
	}

	return s.UserDB().NewSession(c).Cols("username").Where("username=? AND deleted=?", username, false).Exist(&models.User{})
}

// ExistsEmail returns whether the given user email exists (pkg/services/users.go:684)
func (s *UserService) ExistsEmail(c core.Context, email string) (bool, error) {
	if email == "" {
		return false, errs.ErrEmailIsEmpty
	}

	return s.UserDB().NewSession(c).Cols("email").Where("email=? AND deleted=?", email, false).Exist(&models.User{})
}

// IsPasswordEqualsUserPassword returns whether the given password is correct (pkg/services/users.go:747)
func (s *UserService) IsPasswordEqualsUserPassword(password string, user *models.User) bool {
	return utils.EncodePassword(password, user.Salt) == user.Password
}
