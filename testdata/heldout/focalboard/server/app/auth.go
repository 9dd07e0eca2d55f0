package app

import (
	"example.com/heldout/focalboard/server/model"
	"example.com/heldout/focalboard/server/services/auth"
	"example.com/heldout/focalboard/server/utils"

	"github.com/pkg/errors"
)

// GetRegisteredUserCount returns the number of registered users
// (server/app/auth.go:32).
func (a *App) GetRegisteredUserCount() (int, error) {
	return a.store.GetRegisteredUserCount()
}

// RegisterUser creates a new user if the provided data is valid
// (server/app/auth.go:147; lookups :151 and :162, insert :181).
func (a *App) RegisterUser(username, email, password string) error {
	var user *model.User
	if username != "" {
		var err error
		// Two concurrent registrations of the same username both get
		// ErrNotFound and both insert a user (fresh utils.NewID primary key).
		user, err = a.store.GetUserByUsername(username) // race; no unique key: users has only PRIMARY KEY (id), no unique index on username (000004_auth_table.up.sql:1-14)
		if err != nil && !model.IsErrNotFound(err) {
			return err
		}
		if user != nil {
			return errors.New("The username already exists")
		}
	}

	if user == nil && email != "" {
		var err error
		// Same for the e-mail address: nothing in the schema keeps it unique.
		user, err = a.store.GetUserByEmail(email) // race; no unique key: users has only PRIMARY KEY (id), no unique index on email (000004_auth_table.up.sql:1-14)
		if err != nil && !model.IsErrNotFound(err) {
			return err
		}
		if user != nil {
			return errors.New("The email already exists")
		}
	}

	// TODO: Move this into the config
	passwordSettings := auth.PasswordSettings{
		MinimumLength: 6,
	}

	err := auth.IsPasswordValid(password, passwordSettings)
	if err != nil {
		return errors.Wrap(err, "Invalid password")
	}

	_, err = a.store.CreateUser(&model.User{
		ID:          utils.NewID(utils.IDTypeUser),
		Username:    username,
		Email:       email,
		Password:    auth.HashPassword(password),
		MfaSecret:   "",
		AuthService: a.config.AuthMode,
		AuthData:    "",
	})
	if err != nil {
		return errors.Wrap(err, "Unable to create the new user")
	}

	return nil
}
