package models

import (
	"strings"
	"time"

	"example.com/heldout/nightingale/pkg/ctx"

	"github.com/pkg/errors"
)

// User reproduces models/user.go:76 (table users, docker/initsql/a-n9e.sql:7-26:
// PRIMARY KEY (id), UNIQUE KEY (username); a-n9e-for-Postgres.sql:19
// UNIQUE (username)). Contacts is ormx.JSONObj upstream (a []byte type).
type User struct {
	Id             int64    `json:"id" gorm:"primaryKey"`
	Username       string   `json:"username"`
	Nickname       string   `json:"nickname"`
	Password       string   `json:"-"`
	Phone          string   `json:"phone"`
	Email          string   `json:"email"`
	Portrait       string   `json:"portrait"`
	Roles          string   `json:"-"`
	RolesLst       []string `json:"roles" gorm:"-"`
	TeamsLst       []int64  `json:"-" gorm:"-"`
	Contacts       []byte   `json:"contacts"`
	Maintainer     int      `json:"maintainer"`
	CreateAt       int64    `json:"create_at"`
	CreateBy       string   `json:"create_by"`
	UpdateAt       int64    `json:"update_at"`
	UpdateBy       string   `json:"update_by"`
	Belong         string   `json:"belong"`
	Admin          bool     `json:"admin" gorm:"-"`
	LastActiveTime int64    `json:"last_active_time"`
}

func (u *User) TableName() string {
	return "users"
}

func (u *User) IsAdmin() bool {
	for i := 0; i < len(u.RolesLst); i++ {
		if u.RolesLst[i] == AdminRole {
			return true
		}
	}
	return false
}

// UpdateSsoFields reproduces models/user.go:220.
func (u *User) UpdateSsoFields(sso string, nickname, phone, email string) []interface{} {
	u.UpdateAt = time.Now().Unix()

	if nickname != "" {
		u.Nickname = nickname
	}
	if phone != "" {
		u.Phone = phone
	}
	if email != "" {
		u.Email = email
	}
	u.UpdateBy = sso
	u.Belong = sso

	updatedFields := []interface{}{"nickname", "phone", "email", "update_by", "belong"}
	return updatedFields
}

// FullSsoFields reproduces models/user.go:252.
func (u *User) FullSsoFields(sso, username, nickname, phone, email string, defaultRoles []string) {
	now := time.Now().Unix()

	u.Username = username
	u.Password = "******"
	u.Nickname = nickname
	u.Phone = phone
	u.Email = email
	u.Portrait = ""
	u.Roles = strings.Join(defaultRoles, " ")
	u.RolesLst = defaultRoles
	u.Contacts = []byte("{}")
	u.CreateAt = now
	u.UpdateAt = now
	u.CreateBy = sso
	u.UpdateBy = sso
	u.Belong = sso
}

// Add reproduces models/user.go:277 (lookup :278, insert :290). Callers:
// POST /api/n9e/users and /v1/n9e/users (userAddPost, router_user.go:134), the
// SSO callbacks (router_login.go:302/402/508/590/645), handleProxyUser
// (router_mw.go:55), authByIdPAccessToken (router_rsauth.go:279) and the LDAP
// user sync (AddUserAndGroups, user.go:1171).
func (u *User) Add(ctx *ctx.Context) error {
	user, err := UserGetByUsername(ctx, u.Username) // race
	if err != nil {
		return errors.WithMessage(err, "failed to query user")
	}

	if user != nil {
		return errors.New("Username already exists")
	}

	now := time.Now().Unix()
	u.CreateAt = now
	u.UpdateAt = now
	return Insert(ctx, u)
}

// Update reproduces models/user.go:293 (trimmed of Verify).
func (u *User) Update(ctx *ctx.Context, selectField interface{}, selectFields ...interface{}) error {
	return DB(ctx).Model(u).Select(selectField, selectFields...).Updates(u).Error
}

// UserGet reproduces models/user.go:380 (trimmed of the phone decryption).
func UserGet(ctx *ctx.Context, where string, args ...interface{}) (*User, error) {
	var lst []*User
	err := DB(ctx).Where(where, args...).Find(&lst).Error
	if err != nil {
		return nil, err
	}

	if len(lst) == 0 {
		return nil, nil
	}

	lst[0].RolesLst = strings.Fields(lst[0].Roles)
	lst[0].Admin = lst[0].IsAdmin()

	return lst[0], nil
}

// UserGetByUsername reproduces models/user.go:501.
func UserGetByUsername(ctx *ctx.Context, username string) (*User, error) {
	return UserGet(ctx, "username=?", username)
}

// UserGetById reproduces models/user.go:505.
func UserGetById(ctx *ctx.Context, id int64) (*User, error) {
	return UserGet(ctx, "id=?", id)
}
