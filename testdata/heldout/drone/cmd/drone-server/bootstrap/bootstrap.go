// Package bootstrap is a trimmed copy of
// github.com/drone/drone/cmd/drone-server/bootstrap (logging left out).
package bootstrap

import (
	"context"
	"errors"
	"time"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/pkg/uniuri"
)

var errMissingToken = errors.New("You must provide the machine account token")

// New returns a new account bootstrapper.
func New(users core.UserStore) *Bootstrapper {
	return &Bootstrapper{
		users: users,
	}
}

// Bootstrapper bootstraps the system with the initial account.
type Bootstrapper struct {
	users core.UserStore
}

// Bootstrap creates the user account. If the account already exists,
// no account is created, and a nil error is returned.
func (b *Bootstrapper) Bootstrap(ctx context.Context, user *core.User) error {
	if user.Login == "" {
		return nil
	}

	// called from main (cmd/drone-server/main.go:72) before the http server
	// starts, so it is alone in its process, but every server replica runs it
	// at start-up (and a replica already serving may create the same login in
	// HandleLogin); the loser of the INSERT hits UNIQUE(user_login) and main
	// exits with "cannot bootstrap user account".
	existingUser, err := b.users.FindLogin(ctx, user.Login) // race
	if err == nil {
		return b.update(ctx, user, existingUser)
	}

	if user.Machine && user.Hash == "" {
		return errMissingToken
	}

	user.Active = true
	user.Created = time.Now().Unix()
	user.Updated = time.Now().Unix()
	if user.Hash == "" {
		user.Hash = uniuri.NewLen(32)
	}

	err = b.users.Create(ctx, user)
	if err != nil {
		return err
	}
	return nil
}

func (b *Bootstrapper) update(ctx context.Context, src, dst *core.User) error {
	var updated bool
	if src.Hash != dst.Hash && src.Hash != "" {
		dst.Hash = src.Hash
		updated = true
	}
	if src.Machine != dst.Machine {
		dst.Machine = src.Machine
		updated = true
	}
	if src.Admin != dst.Admin {
		dst.Admin = src.Admin
		updated = true
	}
	if !updated {
		return nil
	}
	dst.Updated = time.Now().Unix()
	return b.users.Update(ctx, dst)
}
