// Reduced copy of account.go of github.com/writefreely/writefreely at
// 6384f4667b5adb3a7c571c8da26b99f93db697ce.

package writefreely

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"example.com/heldout/writefreely/author"
	"example.com/heldout/writefreely/third_party/auth"
	"example.com/heldout/writefreely/third_party/impart"
	"example.com/heldout/writefreely/third_party/log"
)

type (
	// userSettings is account.go:40.
	userSettings struct {
		Username string `schema:"username" json:"username"`
		Email    string `schema:"email" json:"email"`
		NewPass  string `schema:"new-pass" json:"new_pass"`
		OldPass  string `schema:"current-pass" json:"current_pass"`
		IsLogOut bool   `schema:"logout" json:"logout"`
	}
)

// signupWithRegistration is account.go:132 (POST /api/auth/signup via
// signup :92, and POST /auth/signup via handleWebSignup,
// unregisteredusers.go:22). No lookup of its own: CreateUser (N1) checks
// posts.id and relies on the UNIQUE username; the invite is recorded without
// checking it (see CATALOGUE.md, N10). The monetization and session parts are
// left out.
func signupWithRegistration(app *App, signup userRegistration, w http.ResponseWriter, r *http.Request) (*AuthUser, error) {
	reqJSON := IsJSON(r)

	// Validate required params (alias)
	if signup.Alias == "" {
		return nil, impart.HTTPError{Status: http.StatusBadRequest, Message: "A username is required."}
	}
	if signup.Pass == "" {
		return nil, impart.HTTPError{Status: http.StatusBadRequest, Message: "A password is required."}
	}
	var desiredUsername string
	if signup.Normalize {
		// With this option we simply conform the username to what we expect
		// without complaining. Since they might've done something funny, like
		// enter: write.as/Way Out There, we'll use their raw input for the new
		// collection name and sanitize for the slug / username.
		desiredUsername = signup.Alias
		signup.Alias = getSlug(signup.Alias, "")
	}
	if !author.IsValidUsername(app.cfg, signup.Alias) {
		// Ensure the username is syntactically correct.
		return nil, impart.HTTPError{Status: http.StatusPreconditionFailed, Message: "Username is reserved or isn't valid. It must be at least 3 characters long, and can only include letters, numbers, and hyphens."}
	}

	// Handle empty optional params
	hashedPass, err := auth.HashPass([]byte(signup.Pass))
	if err != nil {
		return nil, impart.HTTPError{Status: http.StatusInternalServerError, Message: "Could not create password hash."}
	}

	// Create struct to insert
	u := &User{
		Username:   signup.Alias,
		HashedPass: hashedPass,
		HasPass:    true,
		Email:      sql.NullString{String: signup.Email, Valid: signup.Email != ""},
		Created:    time.Now().Truncate(time.Second).UTC(),
	}

	// Create actual user
	if err := app.db.CreateUser(app.cfg, u, desiredUsername, signup.Description); err != nil {
		return nil, err
	}

	// Log invite if needed
	if signup.InviteCode != "" {
		err = app.db.CreateInvitedUser(signup.InviteCode, u.ID)
		if err != nil {
			return nil, err
		}
	}

	resUser := &AuthUser{
		User: u,
	}

	var token string
	if reqJSON && !signup.Web {
		token, err = app.db.GetAccessToken(u.ID)
		if err != nil {
			return nil, impart.HTTPError{Status: http.StatusInternalServerError, Message: "Could not create access token. Try re-authenticating."}
		}
		resUser.AccessToken = token
	}
	if reqJSON {
		return resUser, impart.WriteSuccess(w, resUser, http.StatusCreated)
	}

	return resUser, nil
}

// login is account.go:394 (POST /api/auth/login, routes.go:91), reduced to
// the JSON password login and the token at :523-537; the one-time token,
// form and session branches are left out.
func login(app *App, w http.ResponseWriter, r *http.Request) error {
	reqJSON := IsJSON(r)

	var u *User
	var err error
	var signin userCredentials

	if app.cfg.App.DisablePasswordAuth {
		err := ErrDisabledPasswordAuth
		return err
	}

	decoder := json.NewDecoder(r.Body)
	err = decoder.Decode(&signin)
	if err != nil {
		log.Error("Couldn't parse signin JSON request: %v\n", err)
		return ErrBadJSON
	}

	// Retrieve password
	u, err = app.db.GetUserForAuth(signin.Alias)
	if err != nil {
		log.Info("Unable to getUserForAuth on %s: %v", signin.Alias, err)
		if strings.IndexAny(signin.Alias, "@") > 0 {
			log.Info("Suggesting: %s", ErrUserNotFoundEmail.Message)
			return ErrUserNotFoundEmail
		}
		return err
	}
	if len(u.HashedPass) == 0 {
		return impart.HTTPError{Status: http.StatusUnauthorized, Message: "This user never set a password. Perhaps try logging in via OAuth?"}
	}

	if reqJSON && !signin.Web {
		var token string
		if r.Header.Get("User-Agent") == "" {
			// Get last created token when User-Agent is empty
			token = app.db.FetchLastAccessToken(u.ID) // safe: the token inserted when none is found is a fresh random UUID (accesstokens PRIMARY KEY token); a user may hold any number of tokens, so two concurrent logins just get one valid token each
			if token == "" {
				token, err = app.db.GetAccessToken(u.ID)
			}
		} else {
			token, err = app.db.GetAccessToken(u.ID)
		}
		if err != nil {
			log.Error("Login: Unable to create access token: %v", err)
			return impart.HTTPError{Status: http.StatusInternalServerError, Message: "Could not create access token. Try re-authenticating."}
		}
		resUser := &AuthUser{AccessToken: token, User: u}
		return impart.WriteSuccess(w, resUser, http.StatusOK)
	}

	return nil
}

// updateSettings is account.go:900 (POST /api/me/self, routes.go:122, and the
// /me/settings form; the form branch is reduced to the session user).
func updateSettings(app *App, w http.ResponseWriter, r *http.Request) error {
	reqJSON := IsJSON(r)

	var s userSettings
	var u *User
	var err error

	u, _ = getUserAndSession(app, r)
	if u == nil {
		return ErrNotLoggedIn
	}

	err = r.ParseForm()
	if err != nil {
		log.Error("Couldn't parse settings form request: %v\n", err)
		return ErrBadFormData
	}
	s.Username = r.PostFormValue("username")

	// Do update
	redirectTo := "/me/settings"

	// Only do updates on values we need
	if s.Username != "" && s.Username == u.Username {
		// Username hasn't actually changed; blank it out
		s.Username = ""
	}
	err = app.db.ChangeSettings(app, u, &s)
	if err != nil {
		if reqJSON {
			return err
		}

		if err, ok := err.(impart.HTTPError); ok {
			addSessionFlash(app, w, r, err.Message, nil)
		}
	}

	w.Header().Set("Location", redirectTo)
	w.WriteHeader(http.StatusFound)
	return nil
}

// prepareUserEmail is account.go:1526 (the email is encrypted upstream).
func prepareUserEmail(input string, emailKey []byte) sql.NullString {
	email := sql.NullString{String: "", Valid: input != ""}
	if len(input) > 0 {
		email.String = input
	}
	return email
}
