// Package types reproduces go-vela/server's database/types: the GORM models,
// with the upstream struct tags (`sql:"..."` column names; the tables and
// their keys come from the CREATE TABLE strings in database/<resource>/table.go,
// not from the tags). Encryption, compression and most validation are trimmed.
package types

import (
	"database/sql"
	"errors"

	"github.com/lib/pq"

	api "example.com/heldout/vela/api/types"
)

// ErrEmptyUserName reproduces database/types/user.go.
var ErrEmptyUserName = errors.New("empty user name provided")

// User reproduces database/types/user.go:37.
type User struct {
	ID           sql.NullInt64  `sql:"id"`
	Name         sql.NullString `sql:"name"`
	RefreshToken sql.NullString `sql:"refresh_token"`
	Token        sql.NullString `sql:"token"`
	Favorites    pq.StringArray `sql:"favorites"     gorm:"type:varchar(5000)"`
	Active       sql.NullBool   `sql:"active"`
	Admin        sql.NullBool   `sql:"admin"`
	Dashboards   pq.StringArray `sql:"dashboards"    gorm:"type:varchar(5000)"`
}

// Decrypt reproduces User.Decrypt (AES trimmed).
func (u *User) Decrypt(key string) error { return nil }

// Encrypt reproduces User.Encrypt (AES trimmed).
func (u *User) Encrypt(key string) error { return nil }

// Nullify reproduces User.Nullify.
func (u *User) Nullify() *User {
	if u == nil {
		return nil
	}

	if u.ID.Int64 == 0 {
		u.ID.Valid = false
	}

	if len(u.Name.String) == 0 {
		u.Name.Valid = false
	}

	if len(u.RefreshToken.String) == 0 {
		u.RefreshToken.Valid = false
	}

	if len(u.Token.String) == 0 {
		u.Token.Valid = false
	}

	return u
}

// ToAPI reproduces User.ToAPI.
func (u *User) ToAPI() *api.User {
	user := new(api.User)

	user.SetID(u.ID.Int64)
	user.SetName(u.Name.String)
	user.SetRefreshToken(u.RefreshToken.String)
	user.SetToken(u.Token.String)
	user.SetActive(u.Active.Bool)
	user.SetAdmin(u.Admin.Bool)
	user.SetDashboards(u.Dashboards)

	return user
}

// Validate reproduces User.Validate (trimmed).
func (u *User) Validate() error {
	if len(u.Name.String) == 0 {
		return ErrEmptyUserName
	}

	return nil
}

// UserFromAPI reproduces UserFromAPI.
func UserFromAPI(u *api.User) *User {
	user := &User{
		ID:           sql.NullInt64{Int64: u.GetID(), Valid: true},
		Name:         sql.NullString{String: u.GetName(), Valid: true},
		RefreshToken: sql.NullString{String: u.GetRefreshToken(), Valid: true},
		Token:        sql.NullString{String: u.GetToken(), Valid: true},
		Active:       sql.NullBool{Bool: u.GetActive(), Valid: true},
		Admin:        sql.NullBool{Bool: u.GetAdmin(), Valid: true},
		Dashboards:   pq.StringArray(u.GetDashboards()),
	}

	return user.Nullify()
}
