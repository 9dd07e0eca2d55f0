// Package web is a trimmed copy of github.com/drone/drone/handler/web
// (login.go: HandleLogin; the oauth2 login middleware, session, webhook
// sender and logging are left out, the remote token is passed in).
package web

import (
	"context"
	"database/sql"
	"net/http"
	"time"

	"example.com/heldout/drone/core"
	"example.com/heldout/drone/pkg/uniuri"
)

// period at which the user account is synchronized
// with the remote system. Default is weekly.
var syncPeriod = time.Hour * 24 * 7

// Token is the oauth2 token passed from the login middleware in the
// context (stand-in for github.com/drone/go-login/login.Token).
type Token struct {
	Access  string
	Refresh string
	Expires time.Time
}

// HandleLogin creates and http.HandlerFunc that handles user
// authentication and session initialization.
func HandleLogin(
	users core.UserStore,
	userz core.UserService,
	syncer core.Syncer,
	admission core.AdmissionService,
	tokenFrom func(context.Context) *Token,
) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx := r.Context()

		// The authorization token is passed from the
		// login middleware in the context.
		tok := tokenFrom(ctx)

		account, err := userz.Find(ctx, tok.Access, tok.Refresh)
		if err != nil {
			http.Error(w, err.Error(), 401)
			return
		}

		redirect := "/"
		// two first logins of the same new account (double-click, two tabs,
		// two replicas) both get sql.ErrNoRows; the second INSERT fails on
		// UNIQUE(user_login) and that login is rejected ("cannot create user").
		user, err := users.FindLogin(ctx, account.Login) // race
		if err == sql.ErrNoRows {
			redirect = "/register"

			user = &core.User{
				Login:     account.Login,
				Avatar:    account.Avatar,
				Admin:     false,
				Machine:   false,
				Active:    true,
				Syncing:   true,
				Synced:    0,
				LastLogin: time.Now().Unix(),
				Created:   time.Now().Unix(),
				Updated:   time.Now().Unix(),
				Token:     tok.Access,
				Refresh:   tok.Refresh,
				Hash:      uniuri.NewLen(32),
			}
			if !tok.Expires.IsZero() {
				user.Expiry = tok.Expires.Unix()
			}

			err = admission.Admit(ctx, user)
			if err != nil {
				http.Error(w, err.Error(), 401)
				return
			}

			err = users.Create(ctx, user)
			if err != nil {
				http.Error(w, err.Error(), 401)
				return
			}
		} else if err != nil {
			http.Error(w, err.Error(), 401)
			return
		} else {
			err = admission.Admit(ctx, user)
			if err != nil {
				http.Error(w, err.Error(), 401)
				return
			}
		}

		user.Avatar = account.Avatar
		user.Token = tok.Access
		user.Refresh = tok.Refresh
		user.LastLogin = time.Now().Unix()

		// If the user account has never been synchronized we
		// execute the synchronization logic.
		if time.Unix(user.Synced, 0).Add(syncPeriod).Before(time.Now()) {
			user.Syncing = true
		}

		users.Update(ctx, user)

		// launch the synchronization process in a go-routine,
		// since it is a long-running process and can take up
		// to a few minutes.
		if user.Syncing {
			go syncer.Sync(context.Background(), user)
		}

		http.Redirect(w, r, redirect, http.StatusSeeOther)
	}
}
