package user

import (
	"github.com/google/uuid"

	"example.com/heldout/goalert/permission"
	"example.com/heldout/goalert/validation/validate"
)

// User reproduces user/user.go:16 (table users, schema.sql:2731: id uuid
// primary key goalert_user_pkey; no other unique key).
type User struct {
	ID              string
	Name            string
	Email           string
	AvatarURL       string
	AlertStatusCMID string
	Role            permission.Role

	isUserFavorite bool
}

type scanFn func(...interface{}) error

// scanFrom reproduces user/user.go:56.
func (u *User) scanFrom(fn scanFn) error {
	err := fn(
		&u.ID,
		&u.Name,
		&u.Email,
		&u.AvatarURL,
		&u.Role,
		&u.isUserFavorite,
	)
	return err
}

// fields reproduces user/user.go:76.
func (u *User) fields() []interface{} {
	return []interface{}{
		u.ID,
		u.Name,
		u.Email,
		u.AvatarURL,
		u.Role,
	}
}

// Normalize reproduces user/user.go:87 (validation trimmed): a fresh UUID
// is generated for every new user.
func (u User) Normalize() (*User, error) {
	var err error
	if u.ID == "" {
		u.ID = uuid.New().String()
	}
	if u.Email != "" {
		u.Email = validate.SanitizeEmail(u.Email)
	}
	err = validate.Many(
		err,
		validate.OneOf("Role", u.Role, permission.RoleAdmin, permission.RoleUser),
	)
	if err != nil {
		return nil, err
	}
	return &u, nil
}
