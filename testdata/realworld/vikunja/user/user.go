// Package user reproduces the parts of go-vikunja/vikunja 762dc4ebe6f3
// pkg/user used by the model reproductions (lookups whose not-found result is
// an error; none of them is a catalogued site).
package user

import (
	"errors"
	"fmt"

	"xorm.io/xorm"

	"example.com/realworld/vikunja/web"
)

// Status is pkg/user/user.go:62.
type Status int

// Status values (pkg/user/user.go:80).
const (
	StatusActive Status = iota
	StatusEmailConfirmationRequired
	StatusDisabled
	StatusAccountLocked
)

// User is pkg/user/user.go:87 (unrelated fields trimmed, tags unchanged).
type User struct {
	ID       int64  `xorm:"bigint autoincr not null unique pk" json:"id" param:"bot" readOnly:"true"`
	Name     string `xorm:"text null" json:"name"`
	Username string `xorm:"varchar(250) not null unique" json:"username" valid:"length(1|250)" minLength:"1" maxLength:"250"`
	Password string `xorm:"varchar(250) null" json:"-"`
	Email    string `xorm:"varchar(250) null" json:"email,omitempty" valid:"email,length(0|250)" maxLength:"250"`
	Status   Status `xorm:"default 0" json:"-"`
	Issuer   string `xorm:"text null" json:"-"`
	Subject  string `xorm:"text null" json:"-"`
}

// TableName is pkg/user/user.go.
func (*User) TableName() string {
	return "users"
}

// GetID is pkg/user/user.go:187.
func (u *User) GetID() int64 {
	return u.ID
}

// ErrUserDoesNotExist is pkg/user/error.go.
type ErrUserDoesNotExist struct {
	UserID int64
}

func (err ErrUserDoesNotExist) Error() string {
	return fmt.Sprintf("User does not exist [user id: %d]", err.UserID)
}

// IsErrUserDoesNotExist is pkg/user/error.go.
func IsErrUserDoesNotExist(err error) bool {
	var e ErrUserDoesNotExist
	return errors.As(err, &e)
}

// ErrAccountDisabled is pkg/user/error.go.
type ErrAccountDisabled struct {
	UserID int64
}

func (err *ErrAccountDisabled) Error() string { return "account is disabled" }

// ErrAccountLocked is pkg/user/error.go.
type ErrAccountLocked struct {
	UserID int64
}

func (err *ErrAccountLocked) Error() string { return "account is locked" }

// IsErrUserStatusError is pkg/user/error.go:46.
func IsErrUserStatusError(err error) bool {
	var d *ErrAccountDisabled
	var l *ErrAccountLocked
	return errors.As(err, &d) || errors.As(err, &l)
}

// GetFromAuth is pkg/user/user.go:230 (link-share branch trimmed).
func GetFromAuth(a web.Auth) (*User, error) {
	u, is := a.(*User)
	if !is {
		return &User{}, fmt.Errorf("user is not user element, is %T", a)
	}
	return u, nil
}

// GetUserByID is pkg/user/user.go:253.
func GetUserByID(s *xorm.Session, id int64) (user *User, err error) {
	if id < 1 {
		return &User{}, ErrUserDoesNotExist{}
	}

	return getUser(s, &User{ID: id}, false)
}

// GetUserByUsername is pkg/user/user.go:263.
func GetUserByUsername(s *xorm.Session, username string) (user *User, err error) {
	if username == "" {
		return &User{}, ErrUserDoesNotExist{}
	}

	return getUser(s, &User{Username: username}, false)
}

// getUser is pkg/user/user.go:323 (reminder-time default trimmed).
func getUser(s *xorm.Session, user *User, withEmail bool) (userOut *User, err error) {
	userOut = &User{} // To prevent a panic if user is nil
	*userOut = *user
	exists, err := s.Get(userOut)
	if err != nil {
		return nil, err
	}
	if !exists {
		return &User{}, ErrUserDoesNotExist{UserID: user.ID}
	}

	if !withEmail {
		userOut.Email = ""
	}

	if userOut.Status == StatusDisabled {
		return userOut, &ErrAccountDisabled{UserID: userOut.ID}
	}

	if userOut.Status == StatusAccountLocked {
		return userOut, &ErrAccountLocked{UserID: userOut.ID}
	}

	return userOut, nil
}
