// Package handlers reproduces mikestefanello/pagoda 02a6db2795ef pkg/handlers.
package handlers

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"example.com/realworld/pagoda/ent"
	"example.com/realworld/pagoda/ent/user"
	"example.com/realworld/pagoda/pkg/services"
)

// ErrUserExists stands in for the "already exists, please log in" redirect.
var ErrUserExists = errors.New("a user with this email address already exists")

// Auth is pkg/handlers/auth.go:25 (config and mail client trimmed).
type Auth struct {
	auth *services.AuthClient
	orm  *ent.Client
}

// fail is pkg/handlers/handlers.go:33.
func fail(err error, log string) error {
	return fmt.Errorf("%s: %v", log, err)
}

// ForgotPasswordSubmit is pkg/handlers/auth.go:68 (form handling, flash
// messages and mail trimmed): a missing user ends the request without any
// write; an existing user gets a password token (another table).
func (h *Auth) ForgotPasswordSubmit(ctx context.Context, email string) (string, error) {
	succeed := func() (string, error) {
		return "", nil
	}

	// Attempt to load the user.
	u, err := h.orm.User. // safe: not-found writes nothing; the found path inserts a password token (other table)
				Query().
				Where(user.Email(strings.ToLower(email))).
				Only(ctx)

	switch err.(type) {
	case *ent.NotFoundError:
		return succeed()
	case nil:
	default:
		return "", fail(err, "error querying user during forgot password")
	}

	// Generate the token.
	token, pt, err := h.auth.GeneratePasswordResetToken(ctx, u.ID)
	if err != nil {
		return "", fail(err, "error generating password reset token")
	}

	return fmt.Sprintf("/%d/%d/%s", u.ID, pt.ID, token), nil
}

// RegisterSubmit is pkg/handlers/auth.go:199 (form handling trimmed): insert
// first, unique violation mapped to "already exists" (no lookup).
func (h *Auth) RegisterSubmit(ctx context.Context, name, email, password string) (*ent.User, error) {
	// Attempt creating the user.
	u, err := h.orm.User.
		Create().
		SetName(name).
		SetEmail(email).
		SetPassword(password).
		Save(ctx)

	switch err.(type) {
	case nil:
	case *ent.ConstraintError:
		return nil, ErrUserExists
	default:
		return nil, fail(err, "unable to create user")
	}

	return u, nil
}

// VerifyEmail is pkg/handlers/auth.go:330 (token validation and session user
// shortcut trimmed): the lookup guards an update only.
func (h *Auth) VerifyEmail(ctx context.Context, email string) error {
	var usr *ent.User
	var err error

	// Query to find a matching user, if needed.
	if usr == nil {
		usr, err = h.orm.User. // safe: guards an update only
					Query().
					Where(user.Email(email)).
					Only(ctx)

		if err != nil {
			return fail(err, "query failed loading email verification token user")
		}
	}

	// Verify the user, if needed.
	if !usr.Verified {
		usr, err = usr.
			Update().
			SetVerified(true).
			Save(ctx)

		if err != nil {
			return fail(err, "failed to set user as verified")
		}
	}

	return nil
}
