// Reduced copy of users.go of github.com/writefreely/writefreely.

package writefreely

import (
	"database/sql"
	"time"
)

// UserStatus is users.go:22.
type UserStatus int

type (
	// userCredentials is users.go:30.
	userCredentials struct {
		Alias string `json:"alias" schema:"alias"`
		Pass  string `json:"pass" schema:"pass"`
		Email string `json:"email" schema:"email"`
		Web   bool   `json:"web" schema:"-"`
		To    string `json:"-" schema:"to"`

		EmailLogin bool `json:"via_email" schema:"via_email"`
	}

	// userRegistration is users.go:40.
	userRegistration struct {
		userCredentials
		InviteCode string `json:"invite_code" schema:"invite_code"`
		Honeypot   string `json:"fullname" schema:"fullname"`
		Normalize  bool   `json:"normalize" schema:"normalize"`
		Signup     bool   `json:"signup" schema:"signup"`

		// Feature fields
		Description  string `json:"description" schema:"description"`
		Monetization string `json:"monetization" schema:"monetization"`
	}

	// AuthUser is users.go:54 (reduced).
	// AuthUser contains information for a newly authenticated user (either
	// from signing up or logging in).
	AuthUser struct {
		AccessToken string `json:"access_token,omitempty"`
		Password    string `json:"password,omitempty"`
		User        *User  `json:"user"`
	}

	// User is users.go:66 (email is zero.String upstream).
	User struct {
		ID         int64          `json:"-"`
		Username   string         `json:"username"`
		HashedPass []byte         `json:"-"`
		HasPass    bool           `json:"has_pass"`
		Email      sql.NullString `json:"email"`
		Created    time.Time      `json:"created"`
		Status     UserStatus     `json:"status"`
	}
)

// Cookie is users.go:123.
func (u User) Cookie() *User {
	u.HashedPass = []byte{}

	return &u
}
