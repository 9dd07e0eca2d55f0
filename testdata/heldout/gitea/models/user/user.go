// Copyright 2014 The Gogs Authors. All rights reserved.
// Copyright 2019 The Gitea Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

// Reproduced from models/user/user.go @003714bd961f2b18bdd6c22113a00a5ec0d8aadd
// (User struct :82-155, isUserExist :491-498, CreateUser :598-678), trimmed.

package user

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"example.com/heldout/gitea/models/db"
	"example.com/heldout/gitea/modules/timeutil"
	"example.com/heldout/gitea/modules/util"
)

// UserType defines the user type
type UserType int //revive:disable-line:exported

const (
	// UserTypeIndividual defines an individual user
	UserTypeIndividual UserType = iota // Historic reason to make it starts at 0.

	// UserTypeOrganization defines an organization
	UserTypeOrganization
)

// User represents the object of individual and member of organization.
type User struct {
	ID        int64  `xorm:"pk autoincr"`
	LowerName string `xorm:"UNIQUE NOT NULL"`
	Name      string `xorm:"UNIQUE NOT NULL"`
	FullName  string
	// Email is the primary email address (to be used for communication)
	Email          string `xorm:"NOT NULL"`
	Passwd         string `xorm:"NOT NULL"`
	PasswdHashAlgo string `xorm:"NOT NULL DEFAULT 'argon2'"`
	Type           UserType
	Rands          string `xorm:"VARCHAR(10)"`
	Salt           string `xorm:"VARCHAR(10)"`

	CreatedUnix timeutil.TimeStamp `xorm:"INDEX created"`
	UpdatedUnix timeutil.TimeStamp `xorm:"INDEX updated"`

	IsActive bool `xorm:"INDEX"`
	IsAdmin  bool

	AvatarEmail string `xorm:"NOT NULL"`
}

func init() {
	db.RegisterModel(new(User))
}

// IsOrganization returns true if user is actually a organization.
func (u *User) IsOrganization() bool {
	return u.Type == UserTypeOrganization
}

// SetPassword hashes a password (trimmed: the hash algorithms are left out)
func (u *User) SetPassword(passwd string) (err error) {
	if len(passwd) == 0 {
		u.Passwd = ""
		u.Salt = ""
		u.PasswdHashAlgo = ""
		return nil
	}

	if u.Salt, err = GetUserSalt(); err != nil {
		return err
	}
	u.PasswdHashAlgo = "pbkdf2"
	u.Passwd = passwd
	return nil
}

func isUserExist(e db.Engine, uid int64, name string) (bool, error) {
	if len(name) == 0 {
		return false, nil
	}
	return e.
		Where("id!=?", uid).
		Get(&User{LowerName: strings.ToLower(name)})
}

// GetUserSalt returns a random user salt token.
func GetUserSalt() (string, error) {
	return util.RandomString(10)
}

// IsUsableUsername returns an error when a username is reserved (trimmed)
func IsUsableUsername(name string) error {
	if name == "" {
		return errors.New("empty name")
	}
	return nil
}

// CreateUserOverwriteOptions are an optional options who overwrite system defaults on user creation
type CreateUserOverwriteOptions struct{}

// CreateUser creates record of a new user.
// upstream models/user/user.go:598; callers: sign-up (routers/web/auth SignUpPost), admin and API
// user creation, OAuth2/LDAP auto-registration.
func CreateUser(u *User, overwriteDefault ...*CreateUserOverwriteOptions) (err error) {
	if err = IsUsableUsername(u.Name); err != nil {
		return err
	}

	ctx, committer, err := db.TxContext()
	if err != nil {
		return err
	}
	defer committer.Close()

	sess := db.GetEngine(ctx)

	// validate data
	if err := validateUser(u); err != nil {
		return err
	}

	// user.lower_name is UNIQUE (User.LowerName tag); the second check (IsEmailUsed, :636) guards the
	// email_address insert below, email_address.lower_email is UNIQUE too: a concurrent sign-up with
	// the same name or email fails on the key instead of returning ErrUserAlreadyExist/ErrEmailAlreadyUsed
	isExist, err := isUserExist(sess, 0, u.Name) // race
	if err != nil {
		return err
	} else if isExist {
		return ErrUserAlreadyExist{u.Name}
	}

	isExist, err = IsEmailUsed(ctx, u.Email)
	if err != nil {
		return err
	} else if isExist {
		return ErrEmailAlreadyUsed{
			Email: u.Email,
		}
	}

	// prepare for database

	u.LowerName = strings.ToLower(u.Name)
	u.AvatarEmail = u.Email
	if u.Rands, err = GetUserSalt(); err != nil {
		return err
	}
	if err = u.SetPassword(u.Passwd); err != nil {
		return err
	}

	// save changes to database

	if err = DeleteUserRedirect(ctx, u.Name); err != nil {
		return err
	}

	if err = db.Insert(ctx, u); err != nil {
		return err
	}

	// insert email address
	if err := db.Insert(ctx, &EmailAddress{
		UID:         u.ID,
		Email:       u.Email,
		LowerEmail:  strings.ToLower(u.Email),
		IsActivated: u.IsActive,
		IsPrimary:   true,
	}); err != nil {
		return err
	}

	return committer.Commit()
}

// validateUser check if user is valid to insert / update into database
func validateUser(u *User) error {
	u.Email = strings.ToLower(u.Email)
	return ValidateEmail(u.Email)
}

// UpdateUserCols update user according special columns
func UpdateUserCols(ctx context.Context, u *User, cols ...string) error {
	_, err := db.GetEngine(ctx).ID(u.ID).Cols(cols...).Update(u)
	return err
}

// GetUserByID returns the user object by given ID if exists.
func GetUserByID(ctx context.Context, id int64) (*User, error) {
	u := new(User)
	has, err := db.GetEngine(ctx).ID(id).Get(u)
	if err != nil {
		return nil, err
	} else if !has {
		return nil, ErrUserNotExist{UID: id}
	}
	return u, nil
}

// Redirect represents that a user name should be redirected to another (models/user/redirect.go)
type Redirect struct {
	ID             int64  `xorm:"pk autoincr"`
	LowerName      string `xorm:"UNIQUE(s) INDEX NOT NULL"`
	RedirectUserID int64  // userID to redirect to
}

// DeleteUserRedirect delete any redirect from the specified user name to
// anything else
func DeleteUserRedirect(ctx context.Context, userName string) error {
	userName = strings.ToLower(userName)
	_, err := db.GetEngine(ctx).Delete(&Redirect{LowerName: userName})
	return err
}

// ErrUserAlreadyExist represents a "user already exists" error.
type ErrUserAlreadyExist struct {
	Name string
}

func (err ErrUserAlreadyExist) Error() string {
	return fmt.Sprintf("user already exists [name: %s]", err.Name)
}

// ErrUserNotExist represents a "UserNotExist" kind of error.
type ErrUserNotExist struct {
	UID  int64
	Name string
}

func (err ErrUserNotExist) Error() string {
	return fmt.Sprintf("user does not exist [uid: %d, name: %s]", err.UID, err.Name)
}

// IsErrUserNotExist checks if an error is a ErrUserNotExist.
func IsErrUserNotExist(err error) bool {
	_, ok := err.(ErrUserNotExist)
	return ok
}

// ErrBlockedUser defines an error if a user is blocked (models/user/block.go)
var ErrBlockedUser = util.NewInvalidArgumentErrorf("user is blocked")

// IsUserBlockedBy checks if a user is blocked by a blocker (trimmed)
func IsUserBlockedBy(ctx context.Context, blockee *User, blockerIDs ...int64) bool {
	return false
}
