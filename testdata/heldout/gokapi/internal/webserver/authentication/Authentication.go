// Package authentication reproduces upstream internal/webserver/authentication/Authentication.go,
// trimmed: OAuth group claims, CSRF tokens and the error page helpers are left out.
package authentication

import (
	"context"
	"errors"
	"net/http"

	"example.com/heldout/gokapi/internal/configuration"
	"example.com/heldout/gokapi/internal/configuration/database"
	"example.com/heldout/gokapi/internal/models"
	"example.com/heldout/gokapi/internal/webserver/authentication/sessionmanager"
	"example.com/heldout/gokapi/internal/webserver/authentication/users"
)

type userNameContext string

const userNameContextKey userNameContext = "userName"

var authSettings models.AuthenticationConfig

// Init needs to be called first to process the authentication configuration
func Init(config models.AuthenticationConfig) {
	authSettings = config
}

// SetUserInRequest saves the user that has been authenticated with the request
func SetUserInRequest(r *http.Request, user models.User) *http.Request {
	c := context.WithValue(r.Context(), userNameContextKey, user)
	return r.WithContext(c)
}

// IsAuthenticated returns true and the user ID if authenticated (upstream :98).
// Called for every request behind requireLogin (Webserver.go:1093) and by Webserver.go:481.
func IsAuthenticated(w http.ResponseWriter, r *http.Request) (models.User, bool, error) {
	switch authSettings.Method {
	case models.AuthenticationInternal:
		user, ok := isGrantedSession(w, r)
		if ok {
			return user, true, nil
		}
	case models.AuthenticationOAuth2:
		user, ok := isGrantedSession(w, r)
		if ok {
			return user, true, nil
		}
	case models.AuthenticationHeader:
		user, ok, err := isGrantedHeader(r)
		if err != nil {
			return models.User{}, false, err
		}
		if ok {
			return user, true, nil
		}
	case models.AuthenticationDisabled:
		adminUser, ok := database.GetSuperAdmin()
		if !ok {
			panic("no super admin found")
		}
		return adminUser, true, nil
	}
	return models.User{}, false, nil
}

// isGrantedHeader returns true if the user was authenticated by a proxy header if enabled (upstream :129)
func isGrantedHeader(r *http.Request) (models.User, bool, error) {
	if authSettings.HeaderKey == "" {
		return models.User{}, false, errors.New("header key is not set")
	}
	userName := r.Header.Get(authSettings.HeaderKey)
	if userName == "" {
		return models.User{}, false, errors.New("header key is not set or empty")
	}
	return getOrCreateUser(userName)
}

// OAuthUserInfo is used to make testing easier. This results in an additional parameter for the subject unfortunately
type OAuthUserInfo struct {
	Subject string
	Email   string
}

// CheckOauthUserAndRedirect checks if the user is allowed to use the Gokapi instance (upstream :223;
// called by oauth.HandlerCallback, oauth/Oauth.go:110, on GET /oauth-callback)
func CheckOauthUserAndRedirect(w http.ResponseWriter, r *http.Request, userInfo OAuthUserInfo) error {
	if isValidOauthUser(userInfo) {
		user, ok, errCreate := getOrCreateUser(userInfo.Email)
		if errCreate != nil {
			return errCreate
		}
		if ok {
			sessionmanager.CreateSession(w, true, authSettings.OAuthRecheckInterval, user.Id)
			http.Redirect(w, r, "admin", http.StatusTemporaryRedirect)
			return nil
		}
	}
	http.Redirect(w, r, "error-oauth", http.StatusTemporaryRedirect)
	return nil
}

// getOrCreateUser reproduces upstream Authentication.go:248 (lookup :249, create :257 ->
// users.Create -> database.SaveUser(newUser, true)).
func getOrCreateUser(username string) (models.User, bool, error) {
	// Header/OAuth auto-provisioning: two first requests of a new user both miss; the loser gets
	// users.ErrorUserExists or, on SQLite, a panic from the UNIQUE "Name" violation in SaveUser
	// (Redis: a second users:<id> hash with the same name).
	user, ok := database.GetUserByName(username) // race
	if ok {
		return user, true, nil

	}
	if authSettings.OnlyRegisteredUsers {
		return models.User{}, false, nil
	}
	newUser, err := users.Create(username)
	if err != nil {
		return models.User{}, false, err
	}
	return newUser, true, nil
}

func isValidOauthUser(userInfo OAuthUserInfo) bool {
	if userInfo.Subject == "" {
		return false
	}
	if userInfo.Email == "" {
		return false
	}
	return true
}

// isGrantedSession returns true if the user holds a valid internal session cookie
func isGrantedSession(w http.ResponseWriter, r *http.Request) (models.User, bool) {
	return sessionmanager.IsValidSession(w, r, authSettings.Method == models.AuthenticationOAuth2, authSettings.OAuthRecheckInterval)
}

// IsCorrectUsernameAndPassword checks if a provided username and password is correct (upstream :287;
// the CSRF check is trimmed). Migrates legacy passwords to the new format.
func IsCorrectUsernameAndPassword(username, password, userCsrfToken string) (models.User, bool, bool) {
	user, ok := database.GetUserByName(username) // safe: the lookup only guards an update of the found row (SaveUser(user, false) = INSERT OR REPLACE with the same Id); nothing is created on a miss
	if !ok {
		return models.User{}, false, true
	}
	isSame, isLegacy := configuration.VerifyPassword(password, user.Password, configuration.Get().Authentication.SaltAdmin)
	if !isSame {
		return models.User{}, false, true
	}
	if isLegacy {
		user.Password = configuration.HashPassword(password, false, "")
		database.SaveUser(user, false)
	}
	return user, true, true
}
