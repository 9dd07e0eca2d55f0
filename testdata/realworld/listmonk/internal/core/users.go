package core

import (
	"database/sql"
	"net/http"

	"example.com/realworld/listmonk/internal/auth"
	"example.com/realworld/listmonk/third_party/echo"
	"example.com/realworld/listmonk/third_party/null"
)

// GetUser retrieves a specific user based on any one given identifier.
// upstream internal/core/users.go:27
func (c *Core) GetUser(id int, username, email string) (auth.User, error) {
	var out auth.User
	if err := c.q.GetUser.Get(&out, id, username, email); err != nil {
		if err == sql.ErrNoRows {
			return out, echo.NewHTTPError(http.StatusNotFound,
				c.i18n.Ts("globals.messages.notFound", "name", "{globals.terms.user}"))

		}

		return out, echo.NewHTTPError(http.StatusInternalServerError,
			c.i18n.Ts("globals.messages.errorFetching", "name", "{globals.terms.users}", "error", pqErrMsg(err)))
	}

	return c.setupUserFields([]auth.User{out})[0], nil
}

// CreateUser creates a new user.
// upstream internal/core/users.go:44
func (c *Core) CreateUser(u auth.User) (auth.User, error) {
	var (
		dbPassword = u.Password
	)

	// API users (random token, default e-mail) trimmed.

	var id int
	if err := c.q.CreateUser.Get(&id, u.Username, u.PasswordLogin, dbPassword, u.Email, u.Name, u.Type, u.UserRoleID, u.ListRoleID, u.Status); err != nil {
		return auth.User{}, echo.NewHTTPError(http.StatusInternalServerError,
			c.i18n.Ts("globals.messages.errorCreating", "name", "{globals.terms.user}", "error", pqErrMsg(err)))
	}

	// Hide the password field in the response except for when the user type is an API token,
	// where the frontend shows the token on the UI just once.
	if u.Type != auth.UserTypeAPI {
		u.Password = null.String{Valid: false}
	}

	out, err := c.GetUser(id, "", "")
	return out, err
}

// UpdateUserProfile updates the basic fields of a given uesr (name, email, password).
// upstream internal/core/users.go:111
func (c *Core) UpdateUserProfile(id int, u auth.User) (auth.User, error) {
	res, err := c.q.UpdateUserProfile.Exec(id, u.Name, u.Email, u.PasswordLogin, u.Password)
	if err != nil {
		return auth.User{}, echo.NewHTTPError(http.StatusInternalServerError,
			c.i18n.Ts("globals.messages.errorUpdating", "name", "{globals.terms.user}", "error", pqErrMsg(err)))
	}

	if n, _ := res.RowsAffected(); n == 0 {
		return auth.User{}, echo.NewHTTPError(http.StatusBadRequest,
			c.i18n.Ts("globals.messages.notFound", "name", "{globals.terms.user}"))
	}

	return c.GetUser(id, "", "")
}

// setupUserFields prepares and sets up various user fields (upstream :185, reduced).
func (c *Core) setupUserFields(users []auth.User) []auth.User {
	for n, u := range users {
		if u.Password.String != "" {
			u.HasPassword = true
			u.PasswordLogin = true
		}
		if u.Type == auth.UserTypeAPI {
			u.Email = null.String{}
		}
		users[n] = u
	}
	return users
}
